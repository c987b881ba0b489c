package th.ita.report.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds the table header in a sheet by its text: title rows may stand above it, columns may come
 * in any order between extra columns, and the header may span two rows (a group heading such as
 * "ผลการดำเนินงาน" merged over "output" and "outcome").
 */
final class HeaderLocator {

    /** Headers further down than this are not looked for: they would be data, not a header. */
    static final int SEARCH_ROWS = 40;

    /** Where the table is: its column indexes and the first data row (0-based). */
    record Header(int firstRow, int dataStart, Map<Column, Integer> columns) {
    }

    /** The best partial match, to tell the department which columns were not found. */
    record Partial(int row, Set<Column> found) {
    }

    private HeaderLocator() {
    }

    /** The header, or null; {@code best} receives the best partial match when there is none. */
    static Header locate(Sheet sheet, Partial[] best) {
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS);
        Partial bestSoFar = new Partial(-1, EnumSet.noneOf(Column.class));
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
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
    private static Map<Column, Integer> columns(Sheet sheet, int r, int parent) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        Row row = sheet.getRow(r);
        if (row == null) {
            return found;
        }
        int lastCol = Math.max(row.getLastCellNum(), parent >= 0 && sheet.getRow(parent) != null
                ? sheet.getRow(parent).getLastCellNum() : 0);
        for (int c = 0; c < lastCol; c++) {
            Column role = Column.named(text(sheet, r, c));
            if (role == null && parent >= 0) {
                role = Column.named(text(sheet, parent, c));
            }
            if (role != null) {
                found.putIfAbsent(role, c);
            }
        }
        return found;
    }

    /** Text of a header cell, taking the value of a merged region from its top-left cell. */
    private static String text(Sheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                r = region.getFirstRow();
                c = region.getFirstColumn();
                break;
            }
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return CellReader.read(cell, r, c).text();
    }
}
