package th.ita.report.cli;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

import picocli.CommandLine;

import th.ita.report.config.InvalidSettingException;
import th.ita.report.run.ExitCode;

/**
 * What escaped a command, in one Thai line instead of a stack trace. A setting that cannot be
 * used is a setup problem (exit 2, naming the setting); an application that cannot start is exit
 * 1; anything else that stopped a started run is a failed run (exit 5).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final Console console;

    Failures(Console console) {
        this.console = console;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        if (!(failure instanceof Session.StartupException)) {
            console.say("console.error.failed", describe(root(failure)));
            return ExitCode.FAILED.code();
        }
        InvalidSettingException invalid = find(failure, InvalidSettingException.class);
        if (invalid != null) {
            console.say("cli.setting.invalid", invalid.setting(), invalid.value(),
                    console.messages().get(invalid.reasonCode()));
            return ExitCode.BAD_SETUP.code();
        }
        UnboundConfigurationPropertiesException unknown = find(failure, UnboundConfigurationPropertiesException.class);
        if (unknown != null) {
            console.say("cli.setting.unknown", unknown.getUnboundProperties().stream()
                    .map(ConfigurationProperty::getName).map(ConfigurationPropertyName::toString).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("?"));
            return ExitCode.BAD_SETUP.code();
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null) {
            ConfigurationProperty property = bind.getProperty();
            console.say("cli.setting.bad", property == null ? bind.getName().toString() : property.getName().toString(),
                    property == null ? "" : String.valueOf(property.getValue()));
            return ExitCode.BAD_SETUP.code();
        }
        console.say("console.error.startup", describe(root(failure)));
        return ExitCode.FAILED_TO_START.code();
    }

    /** The innermost cause of that type, so a nested binding failure names the property itself. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        T found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                found = type.cast(t);
            }
        }
        return found;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
