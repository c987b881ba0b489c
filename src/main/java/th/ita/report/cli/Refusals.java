package th.ita.report.cli;

import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import th.ita.report.run.ExitCode;

/** A command line that cannot be run: one Thai line naming what is wrong, exit status 2, nothing else done. */
final class Refusals implements CommandLine.IParameterExceptionHandler {

    private final Console console;

    Refusals(Console console) {
        this.console = console;
    }

    @Override
    public int handleParseException(ParameterException refused, String[] arguments) {
        String command = refused.getCommandLine().getCommandName();
        if (refused instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                console.say("cli.refused.unknownOption", word, command);
            } else {
                console.say("cli.refused.unknownCommand", word, String.join(", ",
                        refused.getCommandLine().getSubcommands().keySet()));
            }
        } else if (refused instanceof MissingParameterException missing) {
            console.say("cli.refused.missingValue", missing.getMissing().stream().map(Refusals::name)
                    .collect(Collectors.joining(", ")), command);
        } else if (refused.getCause() instanceof TypeConversionException reason && refused.getArgSpec() != null) {
            console.say("cli.refused.badValue", name(refused.getArgSpec()), refused.getValue(), reason.getMessage());
        } else {
            console.say("cli.refused.other", refused.getMessage(), command);
        }
        return ExitCode.BAD_SETUP.code();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
