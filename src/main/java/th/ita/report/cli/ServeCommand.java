package th.ita.report.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import th.ita.report.run.ExitCode;
import th.ita.report.serve.ServeMode;

/**
 * {@code serve}: stays running, compiles every night on the schedule and shows the status page on
 * this machine; holds the output folder for as long as it runs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    private final Session session;

    ServeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (!session.usable(folders)) {
            return ExitCode.BAD_SETUP.code();
        }
        ServeMode.Request request = new ServeMode.Request(folders.input, folders.output, folders.definition(),
                folders.quietPeriod);
        return session.compiling(folders, "serve", application -> application.getBean(ServeMode.class)
                .run(request, session.console())).code();
    }
}
