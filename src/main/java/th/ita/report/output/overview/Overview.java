package th.ita.report.output.overview;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where every office of a multi-office run stands, for the district or province officer: one
 * row per office folder, whether or not it sent a workbook.
 *
 * @param report     the office's published page, relative to the output folder (null when it has none)
 * @param validation the office's validation page, relative to the output folder (null when it has none)
 * @param reason     why the office failed (null unless it did)
 */
public record Overview(OffsetDateTime generatedAt, List<Office> offices) {

    /** How an office ended. */
    public enum State { COMPILED, NO_REPORT, FAILED }

    public record Office(String office, State state, int rowsRead, int rowsAccepted, int rowsRejected, int warnings,
                         List<String> missingDepartments, String report, String validation, String reason) {
    }

    public long count(State state) {
        return offices.stream().filter(o -> o.state() == state).count();
    }

    public int rowsRead() {
        return offices.stream().mapToInt(Office::rowsRead).sum();
    }

    public int rowsAccepted() {
        return offices.stream().mapToInt(Office::rowsAccepted).sum();
    }

    public int rowsRejected() {
        return offices.stream().mapToInt(Office::rowsRejected).sum();
    }
}
