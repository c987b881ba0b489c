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
 * @param sheetNotes      what was not read and why: sheets (hidden, no table header), the footer under a
 *                        table, cells outside it
 */
public record WorkbookContent(
        Path file,
        String format,
        String department,
        boolean fromFileName,
        String fiscalYearText,
        List<TableRow> rows,
        List<SheetNote> sheetNotes) {

    /**
     * Something of a sheet that was not read, with a message code (hidden, no header, missing
     * columns, footer, cells outside the table) and the values its message quotes (numbers as numbers).
     */
    public record SheetNote(String sheet, String code, List<Object> arguments) {

        public SheetNote(String sheet, String code, Object... arguments) {
            this(sheet, code, List.of(arguments));
        }
    }
}
