package th.ita.report.intake;

/**
 * A workbook that cannot be used at all (encrypted, corrupt, not a spreadsheet, no table).
 * The code names a message in messages.properties; the detail is quoted in it.
 */
public class WorkbookRejectedException extends RuntimeException {

    private final String code;
    private final String detail;

    public WorkbookRejectedException(String code, String detail) {
        super(code + (detail == null ? "" : ": " + detail));
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
