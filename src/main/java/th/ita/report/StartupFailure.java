package th.ita.report;

import java.io.PrintStream;

import org.springframework.context.support.ResourceBundleMessageSource;

import th.ita.report.rendering.DocumentText;

/**
 * Turns a failure to start into one line for the officer instead of a stack trace. The job
 * repository's database file is locked while a run uses it, so a second run started meanwhile
 * fails here: that one gets its own exit status.
 */
final class StartupFailure {

    static final int ANOTHER_RUN = 4;
    static final int FAILED_TO_START = 1;

    private StartupFailure() {
    }

    static int report(Throwable failure, PrintStream console) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            String message = String.valueOf(t.getMessage());
            if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
                console.println(messages.getMessage("console.error.locked", null, DocumentText.THAI_LOCALE));
                return ANOTHER_RUN;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        console.println(messages.getMessage("console.error.startup",
                new Object[] {root.getClass().getSimpleName() + ": " + root.getMessage()}, DocumentText.THAI_LOCALE));
        return FAILED_TO_START;
    }
}
