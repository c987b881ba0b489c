package th.ita.report.output.publishing;

/**
 * The moments of writing and publishing a run that matter when the process dies at them. Nothing
 * listens in production; the crash tests register a listener that stops the process at one of
 * them and then check what a reader would find.
 */
@FunctionalInterface
public interface Checkpoints {

    String PDF_STARTED = "pdf-started";
    String OUTPUTS_WRITTEN = "outputs-written";
    String FOLDER_COMPLETE = "folder-complete";
    String LATEST_SWITCHED = "latest-switched";
    String PUBLISHED = "published";
    /** An e-mail to a department was accepted by the server and recorded as sent. */
    String MAIL_SENT = "mail-sent";

    Checkpoints NONE = name -> { };

    void reached(String name);
}
