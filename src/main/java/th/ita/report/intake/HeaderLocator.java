package th.ita.report.intake;

import java.text.BreakIterator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.report.text.Normalized;

/**
 * Finds the table header in a sheet by its text: title rows may stand above it, columns may come
 * in any order between extra columns, and the header may span two rows (a group heading such as
 * "ผลการดำเนินงาน" over "output" and "outcome").
 * <p>
 * Works from cell text alone, not from merged regions (an .xlsx stores those after all its rows,
 * where a streaming reader has long passed the header). A heading merged down over both header
 * rows leaves the lower cell blank, and a blank lower cell takes its role from the cell above; a
 * group heading merged across columns only names the columns whose lower cell names nothing.
 * <p>
 * Under the header there may be rows that only continue its text, as in the seed's form:
 * "มาตรการ/โครงการ/กิจกรรม" over "ที่ดำเนินการเพื่อส่งเสริมคุณธรรม...", "ผลการดำเนินการ" over
 * "(output)". Such a row is part of the header when every filled cell stands under the header
 * and holds a parenthesised label or only words of the headings (the sheet's own or the official
 * form's), with no digit, date or error in it: a data row always has one of those (a measure
 * number, item numbers, a period) or a measure name, which is not made of heading words.
 */
final class HeaderLocator {

    /** Headers further down than this are not looked for: they would be data, not a header. */
    static final int SEARCH_ROWS = 40;

    /** Rows continuing the header text that are looked for under it. */
    static final int CONTINUATION_ROWS = 2;

    /** The last row index the rules read: a two-row header starting at {@link #SEARCH_ROWS}, continued. */
    static final int LAST_ROW_READ = SEARCH_ROWS + 1 + CONTINUATION_ROWS;

    // A label in parentheses, e.g. "(output)", "(outcome/ result)", "(บาท)": no digits (not "(๑)").
    private static final Pattern PARENTHESISED = Pattern.compile("(\\([^()\\d\\u0E50-\\u0E59]+\\)\\s*)+");
    private static final String OFFICIAL_WORDING = java.util.Arrays.stream(Column.values())
            .map(c -> Normalized.key(c.heading())).reduce("", (a, b) -> a + "|" + b);

    /**
     * Where the table is: its column indexes, the first data row (0-based), and the columns its
     * header spans (first and last column with header text), beyond which a cell is outside the table.
     */
    record Header(int firstRow, int dataStart, Map<Column, Integer> columns, int firstColumn, int lastColumn) {

        boolean spans(int column) {
            return column >= firstColumn && column <= lastColumn;
        }
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
                return continued(sheet, r, r + 1, single);
            }
            Map<Column, Integer> twoRows = columns(sheet, r + 1, r);
            if (twoRows.size() == Column.values().length) {
                return continued(sheet, r, r + 2, twoRows);
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

    /** The header of rows {@code first} to {@code end - 1}, with the rows under it that continue its text. */
    private static Header continued(SheetText sheet, int first, int end, Map<Column, Integer> columns) {
        int[] span = span(sheet, first, end);
        StringBuilder wording = new StringBuilder(OFFICIAL_WORDING);
        for (int r = first; r < end; r++) {
            for (int c = span[0]; c <= span[1]; c++) {
                wording.append('|').append(Normalized.key(sheet.text(r, c)));
            }
        }
        int dataStart = end;
        while (dataStart < end + CONTINUATION_ROWS && continuesHeader(sheet, dataStart, span, wording.toString())) {
            dataStart++;
        }
        return new Header(first, dataStart, columns, span[0], span[1]);
    }

    /** First and last column with text in the header rows. */
    private static int[] span(SheetText sheet, int first, int end) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int r = first; r < end; r++) {
            if (!sheet.hasRow(r)) {
                continue;
            }
            int width = sheet.width(r);
            for (int c = 0; c < width; c++) {
                if (!sheet.text(r, c).isBlank()) {
                    from = Math.min(from, c);
                    to = Math.max(to, c);
                }
            }
        }
        return new int[] {from, to};
    }

    /** True when row {@code r} only continues the header's text (see the class comment). */
    private static boolean continuesHeader(SheetText sheet, int r, int[] span, String wording) {
        if (!sheet.hasRow(r)) {
            return false;
        }
        boolean any = false;
        int width = sheet.width(r);
        for (int c = 0; c < width; c++) {
            CellValue cell = sheet.cell(r, c);
            if (cell.isBlank()) {
                continue;
            }
            if (c < span[0] || c > span[1] || cell.date() != null || cell.error() != null) {
                return false;
            }
            String text = Normalized.text(cell.text());
            if (hasDigit(text) || !(PARENTHESISED.matcher(text).matches() || onlyWordsOf(text, wording))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The text has words, and every one (by the JDK's Thai word breaker) occurs in the headings' wording. */
    private static boolean onlyWordsOf(String text, String wording) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        boolean any = false;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = Normalized.key(text.substring(start, end));
            if (word.codePoints().anyMatch(Character::isLetter)) {
                if (!wording.contains(word)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    private static boolean hasDigit(String text) {
        return text.codePoints().anyMatch(Character::isDigit);
    }

    /**
     * True when a data row repeats the header (a page header pasted with the table): three cells
     * at least name their own column, and none holds a digit or a date, as data would ("มาตรการที่ ๓").
     */
    static boolean repeatsHeader(TableRow row) {
        int matches = 0;
        for (Map.Entry<Column, CellValue> e : row.cells().entrySet()) {
            CellValue cell = e.getValue();
            if (cell.date() != null || hasDigit(cell.text())) {
                return false;
            }
            if (Column.named(cell.text()) == e.getKey()) {
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
