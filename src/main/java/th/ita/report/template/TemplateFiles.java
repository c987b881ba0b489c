package th.ita.report.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinition;
import th.ita.report.text.ThaiMessages;

/**
 * Writes one ready-to-fill workbook per expected department of the job definition, named
 * {@code <department>.xlsx}. A file already there is kept, never overwritten (it may hold a
 * department's work). Each file written or kept is told, one Thai line each.
 */
public final class TemplateFiles {

    private final ThaiMessages messages;
    private final DepartmentTemplate template;

    public TemplateFiles(MessageSource messages) {
        this.messages = new ThaiMessages(messages);
        this.template = new DepartmentTemplate(messages);
    }

    public void write(JobDefinition definition, Path folder, Consumer<String> lines) throws IOException {
        Files.createDirectories(folder);
        for (JobDefinition.Department department : definition.departments()) {
            String name = department.name().strip();
            Path file = folder.resolve(fileName(name));
            if (Files.exists(file)) {
                lines.accept(messages.get("template.kept", name, file));
                continue;
            }
            write(definition, department, file);
            lines.accept(messages.get("template.written", name, file));
        }
    }

    /** The department's name as a file name: characters no file system accepts become "_". */
    public static String fileName(String department) {
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
}
