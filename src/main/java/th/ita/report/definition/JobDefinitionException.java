package th.ita.report.definition;

import java.nio.file.Path;

/**
 * The job definition cannot be used. Carries a message code (messages.properties) and its
 * arguments, so the console shows one Thai line instead of a stack trace.
 */
public class JobDefinitionException extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    public JobDefinitionException(String code, Path file, Object... details) {
        super(code + " " + file);
        this.code = code;
        Object[] args = new Object[details.length + 1];
        args[0] = file;
        System.arraycopy(details, 0, args, 1, details.length);
        this.arguments = args;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
