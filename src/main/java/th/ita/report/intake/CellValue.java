package th.ita.report.intake;

import java.time.LocalDate;

/**
 * What one cell holds, read without evaluating anything: text as typed or as the cached result
 * of a formula, a date for date-formatted cells, or the formula error it shows (#REF! ...).
 *
 * @param ref   A1-style reference, e.g. "C7"
 * @param text  the text ("" for an empty cell); for dates, the text as Excel would show it is not kept
 * @param date  set for a date cell
 * @param error the error literal when the cell shows a formula error, else null
 */
public record CellValue(String ref, String text, LocalDate date, String error) {

    public static CellValue empty(String ref) {
        return new CellValue(ref, "", null, null);
    }

    public boolean isBlank() {
        return date == null && error == null && text.isBlank();
    }
}
