package th.ita.report.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.report.Command;
import th.ita.report.ReportCompiler;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.rendering.DocumentText;

/**
 * {@code template [--output=DIR] [--job=FILE]}: writes one ready-to-fill workbook per expected
 * department of the job definition, named {@code <department>.xlsx}, into {@code output/templates}
 * by default. A file already there is kept, never overwritten (it may hold a department's work).
 * Exit 0 when done, 2 when the job definition or the output folder cannot be used.
 */
@Component
public class TemplateCommand implements Command {

    public static final String DEFAULT_OUTPUT = "output/templates";

    private final JobDefinitionLoader loader;
    private final MessageSource messages;
    private final DepartmentTemplate template;
    private PrintStream console = System.out;

    public TemplateCommand(JobDefinitionLoader loader, MessageSource messages) {
        this.loader = loader;
        this.messages = messages;
        this.template = new DepartmentTemplate(messages);
    }

    /** Where the lines go (the console by default). */
    public void console(PrintStream console) {
        this.console = console;
    }

    @Override
    public String name() {
        return "template";
    }

    @Override
    public int run(ApplicationArguments args) throws IOException {
        Path definitionFile = Command.definition(args);
        Path output = Path.of(Command.option(args, "output", DEFAULT_OUTPUT)).toAbsolutePath().normalize();
        JobDefinition definition;
        try {
            definition = loader.load(definitionFile);
        } catch (JobDefinitionException e) {
            console.println(message(e.code(), e.arguments()));
            return ReportCompiler.BAD_SETUP;
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            console.println(message("console.error.output", output, e.getMessage()));
            return ReportCompiler.BAD_SETUP;
        }
        for (JobDefinition.Department department : definition.departments()) {
            String name = department.name().strip();
            Path file = output.resolve(fileName(name));
            if (Files.exists(file)) {
                console.println(message("template.kept", name, file));
                continue;
            }
            write(definition, department, file);
            console.println(message("template.written", name, file));
        }
        return ReportCompiler.OK;
    }

    /** The department's name as a file name: characters no file system accepts become "_". */
    static String fileName(String department) {
        return department.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".xlsx";
    }

    /** Written beside the target and moved into place, so a failed run leaves no half-written file. */
    private void write(JobDefinition definition, JobDefinition.Department department, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                template.write(definition, department, out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
