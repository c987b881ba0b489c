package th.ita.report.cli;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.report.run.ExitCode;
import th.ita.report.serve.ServeMode;

/**
 * {@code serve}: stays running, compiles every night on the schedule (one office, or with
 * {@code --offices} every office folder of the input folder) and shows the status page on this
 * machine; holds the output folder for as long as it runs.
 */
@Command(name = "serve")
final class ServeCommand extends FolderCommand {

    @Option(names = "--offices")
    boolean offices;

    ServeCommand(Session session) {
        super(session);
    }

    @Override
    ExitCode work(ConfigurableApplicationContext application) throws Exception {
        return application.getBean(ServeMode.class).run(new ServeMode.Request(folders.input, folders.output,
                folders.definition(), folders.quietPeriod, offices), session.console());
    }
}
