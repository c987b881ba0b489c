package th.ita.report.cli;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;

/**
 * {@code offices}: every sub-folder of the input folder is an office, compiled into
 * {@code output/<office>/}. Chosen by name, never guessed from the folder's shape.
 */
@Command(name = "offices")
final class OfficesCommand extends FolderCommand {

    @Option(names = "--restart")
    boolean restart;

    OfficesCommand(Session session) {
        super(session);
    }

    @Override
    ExitCode work(ConfigurableApplicationContext application) throws Exception {
        return application.getBean(OfficesRun.class).compile(new OfficesRun.Request(folders.input, folders.output,
                folders.definition(), folders.quietPeriod, restart), session.console()).exitCode();
    }
}
