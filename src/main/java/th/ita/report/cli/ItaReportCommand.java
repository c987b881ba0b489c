package th.ita.report.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import th.ita.report.run.ExitCode;

/** {@code ita-report [command] [options]}: the program's commands; {@code compile} when none is named. */
// INHERIT: every command has --help and --version too. Wide: picocli counts Thai vowel and tone marks as
// characters and would otherwise wrap lines inside a word.
@Command(name = "ita-report", resourceBundle = "cli", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = ScopeType.INHERIT, usageHelpWidth = 160, subcommands = {CompileCommand.class, OfficesCommand.class, TemplateCommand.class, HistoryCommand.class,
                ServeCommand.class})
final class ItaReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Only reached for a command line that names no command and gives no option (the launcher
        // makes that a compile); say what there is rather than guess.
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
