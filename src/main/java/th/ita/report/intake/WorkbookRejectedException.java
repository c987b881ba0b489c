package th.ita.report.intake;

/**
 * A workbook that cannot be used at all (encrypted, corrupt, not a spreadsheet, no table).
 * The code names a message in messages.properties; the detail is quoted in it.
 */
public class WorkbookRejectedException extends RuntimeException {

    private final String code;
    private final java.util.List<String> details;

    public WorkbookRejectedException(String code, String... details) {
        super(code + (details == null ? "" : " " + java.util.Arrays.toString(details)));
        this.code = code;
        this.details = details == null ? java.util.List.of()
                : java.util.Arrays.stream(details).filter(java.util.Objects::nonNull).toList();
    }

    public String code() {
        return code;
    }

    /** Values quoted in the reason's message. */
    public java.util.List<String> details() {
        return details;
    }
}
