package th.ita.report;

import th.ita.report.run.Reporter;

/** A run's console lines, kept for a test to read. */
public final class TestConsole implements Reporter {

    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void line(String line) {
        text.append(line).append('\n');
    }

    public synchronized String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
