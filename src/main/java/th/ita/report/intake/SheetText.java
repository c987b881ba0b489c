package th.ita.report.intake;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The cells of a sheet as the header and label rules see them, by 0-based row and column. Both
 * readers answer through this: the usermodel reader from a POI {@link Sheet}, the streaming
 * reader from the rows it keeps from the top of the sheet. So one set of rules decides where the
 * table is, whatever read the file. Merged regions are not part of it: in an .xlsx they come
 * after the rows, and the header rules do not need them.
 */
interface SheetText {

    /** Index of the first row present (may be -1 or 0 for an empty sheet, as POI says). */
    int firstRow();

    /** Index of the last row present, as far as the rules may look. */
    int lastRow();

    boolean hasRow(int row);

    /** One past the last cell present in the row (0 when the row has none). */
    int width(int row);

    /** The cell as read (empty when absent). */
    CellValue cell(int row, int column);

    /** What the cell reads as ("" when absent): {@link CellValue#text()}. */
    default String text(int row, int column) {
        return cell(row, column).text();
    }

    /** A POI sheet seen through this view: the usermodel reader's side. */
    static SheetText of(Sheet sheet) {
        return new SheetText() {
            @Override
            public int firstRow() {
                return sheet.getFirstRowNum();
            }

            @Override
            public int lastRow() {
                return sheet.getLastRowNum();
            }

            @Override
            public boolean hasRow(int row) {
                return sheet.getRow(row) != null;
            }

            @Override
            public int width(int row) {
                Row r = sheet.getRow(row);
                return r == null ? 0 : Math.max(0, r.getLastCellNum());
            }

            @Override
            public CellValue cell(int row, int column) {
                Row r = sheet.getRow(row);
                return CellReader.read(r == null ? null : r.getCell(column), row, column);
            }
        };
    }
}
