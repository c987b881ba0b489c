package th.ita.report.run;

import java.io.PrintStream;

/**
 * Where a run tells the officer what it is doing and what came of it: one line at a time, each
 * either part of the summary or a detail (one line per file) that a quiet console leaves out.
 * Each run is given its own (the console, the serve mode's log, a test's buffer); nothing is shared.
 */
@FunctionalInterface
public interface Reporter {

    Reporter SILENT = line -> { };

    void line(String text);

    /** A line of detail: one per file or office. */
    default void detail(String text) {
        line(text);
    }

    static Reporter to(PrintStream out) {
        return out::println;
    }
}
