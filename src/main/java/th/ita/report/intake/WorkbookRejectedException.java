package th.ita.report.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A workbook that cannot be used at all (encrypted, corrupt, not a spreadsheet, no table).
 * The code names a message in messages.properties; the details are quoted in it (numbers as
 * numbers, so the message writes them in its own digits).
 */
public class WorkbookRejectedException extends RuntimeException {

    private final String code;
    private final List<Object> details;

    public WorkbookRejectedException(String code, Object... details) {
        super(code + (details == null ? "" : " " + Arrays.toString(details)));
        this.code = code;
        this.details = details == null ? List.of() : Arrays.stream(details).filter(Objects::nonNull).toList();
    }

    public String code() {
        return code;
    }

    /** Values quoted in the reason's message. */
    public List<Object> details() {
        return details;
    }
}
