package th.ita.report.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.run.ExitCode;
import th.ita.report.template.TemplateFiles;
import th.ita.report.text.ThaiMessages;

/**
 * {@code template}: a ready-to-fill workbook for every expected department, into output/templates
 * by default. Needs no job repository, so it starts nothing but itself.
 */
@Command(name = "template")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "<โฟลเดอร์>", converter = Converters.Folder.class)
    Path output = Path.of("output", "templates");

    @Option(names = "--job", paramLabel = "<ไฟล์>", converter = Converters.Folder.class)
    Path job;

    private final Session session;

    TemplateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        JobDefinition definition;
        try {
            definition = new JobDefinitionLoader().load(job != null ? job : Folders.defaultDefinition());
        } catch (JobDefinitionException e) {
            console.say(e.code(), e.arguments());
            return ExitCode.BAD_SETUP.code();
        }
        Path folder = output.toAbsolutePath().normalize();
        if (!session.outputUsable(folder)) {
            return ExitCode.BAD_SETUP.code();
        }
        try {
            new TemplateFiles(ThaiMessages.bundle()).write(definition, folder, console::line);
        } catch (IOException e) {
            console.say("console.error.output", folder, e.getMessage());
            return ExitCode.BAD_SETUP.code();
        }
        return ExitCode.OK.code();
    }
}
