package th.ita.report.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/** {@code compile}: the nightly job on one office's input folder (the default command). */
@Command(name = "compile", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class CompileCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    private final Session session;

    CompileCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (!session.usable(folders)) {
            return ExitCode.BAD_SETUP.code();
        }
        CompileRun.Request request = new CompileRun.Request(folders.input, folders.output, folders.definition(),
                folders.quietPeriod);
        return session.compiling(folders, "compile", application -> application.getBean(CompileRun.class)
                .compile(request, session.console()).exitCode()).code();
    }
}
