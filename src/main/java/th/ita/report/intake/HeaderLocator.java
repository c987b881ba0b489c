package th.ita.report.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the table header in a sheet by its text: title rows may stand above it, columns may come
 * in any order between extra columns, and the header may span two rows (a group heading such as
 * "ผลการดำเนินงาน" over "output" and "outcome").
 * <p>
 * Works from cell text alone, not from merged regions (an .xlsx stores those after all its rows,
 * where a streaming reader has long passed the header). A heading merged down over both header
 * rows leaves the lower cell blank, and a blank lower cell takes its role from the cell above; a
 * group heading merged across columns only names the columns whose lower cell names nothing.
 */
final class HeaderLocator {

    /** Headers further down than this are not looked for: they would be data, not a header. */
    static final int SEARCH_ROWS = 40;

    /** The last row index the rules read: a two-row header starting at {@link #SEARCH_ROWS}. */
    static final int LAST_ROW_READ = SEARCH_ROWS + 1;

    /** Where the table is: its column indexes and the first data row (0-based). */
    record Header(int firstRow, int dataStart, Map<Column, Integer> columns) {
    }

    /** The best partial match, to tell the department which columns were not found. */
    record Partial(int row, Set<Column> found) {
    }

    private HeaderLocator() {
    }

    /** The header, or null; {@code best} receives the best partial match when there is none. */
    static Header locate(SheetText sheet, Partial[] best) {
        int last = Math.min(sheet.lastRow(), SEARCH_ROWS);
        Partial bestSoFar = new Partial(-1, EnumSet.noneOf(Column.class));
        for (int r = sheet.firstRow(); r <= last; r++) {
            Map<Column, Integer> single = columns(sheet, r, -1);
            if (single.size() == Column.values().length) {
                return new Header(r, r + 1, single);
            }
            Map<Column, Integer> twoRows = columns(sheet, r + 1, r);
            if (twoRows.size() == Column.values().length) {
                return new Header(r, r + 2, twoRows);
            }
            Map<Column, Integer> better = twoRows.size() > single.size() ? twoRows : single;
            if (better.size() > bestSoFar.found().size()) {
                bestSoFar = new Partial(r, EnumSet.copyOf(better.keySet()));
            }
        }
        if (best != null) {
            best[0] = bestSoFar;
        }
        return null;
    }

    /** True when a data row repeats the header (a page header pasted with the table). */
    static boolean repeatsHeader(TableRow row) {
        int matches = 0;
        for (Map.Entry<Column, CellValue> e : row.cells().entrySet()) {
            if (Column.named(e.getValue().text()) == e.getKey()) {
                matches++;
            }
        }
        return matches >= 3;
    }

    /**
     * Column roles of header row {@code r}; with a parent row, a column the row names nothing in
     * takes its role from the parent (a heading merged over two rows or a group heading).
     * A role found twice keeps its first column.
     */
    private static Map<Column, Integer> columns(SheetText sheet, int r, int parent) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (!sheet.hasRow(r)) {
            return found;
        }
        int lastCol = Math.max(sheet.width(r), parent >= 0 && sheet.hasRow(parent) ? sheet.width(parent) : 0);
        for (int c = 0; c < lastCol; c++) {
            Column role = Column.named(sheet.text(r, c));
            if (role == null && parent >= 0) {
                role = Column.named(sheet.text(parent, c));
            }
            if (role != null) {
                found.putIfAbsent(role, c);
            }
        }
        return found;
    }
}
