package th.ita.report.cli;

import java.io.PrintStream;

import th.ita.report.run.Reporter;
import th.ita.report.text.ThaiMessages;

/**
 * The officer's console for one command: Thai lines by message code, written as they come; the
 * lines of detail (one per file) left out when the command is asked to be quiet.
 */
final class Console implements Reporter {

    private final PrintStream out;
    private final ThaiMessages messages;
    private boolean quiet;

    Console(PrintStream out, ThaiMessages messages) {
        this.out = out;
        this.messages = messages;
    }

    @Override
    public void line(String text) {
        out.println(text);
    }

    @Override
    public void detail(String text) {
        if (!quiet) {
            line(text);
        }
    }

    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** Writes the wording of a message code. */
    void say(String code, Object... arguments) {
        line(messages.get(code, arguments));
    }

    ThaiMessages messages() {
        return messages;
    }
}
