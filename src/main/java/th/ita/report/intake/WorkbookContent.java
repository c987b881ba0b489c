package th.ita.report.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * What was read from one workbook, before any validation.
 *
 * @param department      the department as named in the labelled cell, or the file name when none
 * @param fromFileName    true when the file name had to name the department
 * @param fiscalYearText  the text of the ปีงบประมาณ label's value, or null when absent
 * @param rows            the non-blank table rows of every visible sheet with a header, in sheet order
 * @param sheetNotes      sheets not read and why (hidden, no table header)
 */
public record WorkbookContent(
        Path file,
        String format,
        String department,
        boolean fromFileName,
        String fiscalYearText,
        List<TableRow> rows,
        List<SheetNote> sheetNotes) {

    /** A sheet that was not read, with a message code (hidden, no header, missing columns). */
    public record SheetNote(String sheet, String code, String detail) {
    }
}
