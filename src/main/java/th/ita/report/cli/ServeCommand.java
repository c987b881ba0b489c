package th.ita.report.cli;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;

import th.ita.report.run.ExitCode;
import th.ita.report.serve.ServeMode;

/**
 * {@code serve}: stays running, compiles every night on the schedule and shows the status page on
 * this machine; holds the output folder for as long as it runs.
 */
@Command(name = "serve")
final class ServeCommand extends FolderCommand {

    ServeCommand(Session session) {
        super(session);
    }

    @Override
    ExitCode work(ConfigurableApplicationContext application) throws Exception {
        return application.getBean(ServeMode.class).run(new ServeMode.Request(folders.input, folders.output,
                folders.definition(), folders.quietPeriod), session.console());
    }
}
