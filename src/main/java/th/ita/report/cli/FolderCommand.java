package th.ita.report.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import th.ita.report.run.ExitCode;

/**
 * A command that compiles from an input folder into an output folder it holds for as long as it
 * runs (compile, offices, serve): the checks that create nothing come first, then the folder's
 * lock and the job definition, then the application and the command's own work.
 */
abstract class FolderCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    @Spec
    CommandSpec spec;

    @Option(names = "--quiet")
    boolean quiet;

    @Option(names = "--verbose")
    boolean verbose;

    final Session session;

    FolderCommand(Session session) {
        this.session = session;
    }

    @Override
    public final Integer call() throws Exception {
        session.console().quiet(quiet);
        session.verbose(verbose);
        if (!session.usable(folders)) {
            return ExitCode.BAD_SETUP.code();
        }
        return session.compiling(folders, spec.name(), this::work).code();
    }

    /** The command's own work, once the application is started on the held output folder. */
    abstract ExitCode work(ConfigurableApplicationContext application) throws Exception;
}
