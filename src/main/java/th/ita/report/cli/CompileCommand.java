package th.ita.report.cli;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;

import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/** {@code compile}: the nightly job on one office's input folder (the default command). */
@Command(name = "compile")
final class CompileCommand extends FolderCommand {

    CompileCommand(Session session) {
        super(session);
    }

    @Override
    ExitCode work(ConfigurableApplicationContext application) throws Exception {
        return application.getBean(CompileRun.class).compile(new CompileRun.Request(folders.input, folders.output,
                folders.definition(), folders.quietPeriod), session.console()).exitCode();
    }
}
