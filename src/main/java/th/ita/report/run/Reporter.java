package th.ita.report.run;

import java.io.PrintStream;

/**
 * Where a run tells the officer what it is doing and what came of it: one line at a time. Each
 * run is given its own (the console, the serve mode's log, a test's buffer); nothing is shared.
 */
@FunctionalInterface
public interface Reporter {

    Reporter SILENT = line -> { };

    void line(String text);

    static Reporter to(PrintStream out) {
        return out::println;
    }
}
