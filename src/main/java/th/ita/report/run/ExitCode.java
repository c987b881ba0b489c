package th.ita.report.run;

/**
 * How a command ends, as the process's exit status. The one list: the README's table and the
 * tests use these numbers.
 */
public enum ExitCode {

    /** The report was written (some rows may have been rejected), or nothing had changed. */
    OK(0),
    /** The program could not start (one-line reason). */
    FAILED_TO_START(1),
    /** The command line, a setting, the job definition or a folder is wrong (one-line reason). */
    BAD_SETUP(2),
    /** No report: no row of any workbook was usable; the previous report stays published. */
    NO_REPORT(3),
    /** Another run is using the same output folder; nothing was touched. */
    ANOTHER_RUN(4),
    /** The job failed; the next run restarts it. */
    FAILED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The worse of two outcomes (for a command that runs several things). */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }
}
