package th.ita.report.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;

/**
 * {@code offices}: every sub-folder of the input folder is an office, compiled into
 * {@code output/<office>/}. Chosen by name, never guessed from the folder's shape.
 */
@Command(name = "offices", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class OfficesCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    @Option(names = "--restart")
    boolean restart;

    private final Session session;

    OfficesCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (!session.usable(folders)) {
            return ExitCode.BAD_SETUP.code();
        }
        OfficesRun.Request request = new OfficesRun.Request(folders.input, folders.output, folders.definition(),
                folders.quietPeriod, restart);
        return session.compiling(folders, "offices", application -> application.getBean(OfficesRun.class)
                .compile(request, session.console()).exitCode()).code();
    }
}
