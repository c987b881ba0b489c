package th.ita.report.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One visible sheet of an .ods, row by row, into the {@link WorkbookContentBuilder}: the rows up to
 * {@link HeaderLocator#LAST_ROW_READ} are kept until the header is located (by the same rules as
 * for an .xlsx), then each row under it becomes a table row and is forgotten.
 * <p>
 * An .ods stores equal neighbours once with a repeat count ({@code table:number-columns-repeated},
 * {@code table:number-rows-repeated}); LibreOffice fills every sheet to its last row and column
 * that way. So a row here is a list of {@link Run}s, and only what has content is ever expanded:
 * a run of empty cells, or a row with nothing in it, costs the same whatever its count. What is
 * expanded is counted against a budget, so that a small file cannot repeat a filled cell into
 * billions.
 */
final class OdsSheet {

    /** The grid an .xlsx can hold: content beyond it cannot be a department's table. */
    static final long MAX_ROWS = 1_048_576;
    static final long MAX_COLUMNS = 16_384;

    /**
     * {@code repeat} neighbouring cells from {@code column} (0-based) that each read as {@code value};
     * its reference is the first cell's and is set again for each cell read.
     */
    record Run(int column, int repeat, CellValue value) {

        int end() {
            return column + repeat;
        }

        CellValue at(int row, int c) {
            return new CellValue(CellReader.ref(row, c), value.text(), value.date(), value.error());
        }
    }

    /** Filled cells a file may be read into, over all its sheets, repeats expanded. */
    static final class Budget {
        private final long cells;
        private long left;

        Budget(long cells) {
            this.cells = cells;
            this.left = cells;
        }

        void spend(long count) {
            left -= count;
            if (left < 0) {
                throw new WorkbookRejectedException("file.odsTooManyCells", cells);
            }
        }
    }

    private final String name;
    private final WorkbookContentBuilder content;
    private final Budget budget;

    /** Rows at the top of the sheet with content, by index, until the header is located (then null). */
    private TreeMap<Integer, List<Run>> top = new TreeMap<>();
    private HeaderLocator.Header header;
    /** The sheet has no table, or its table has been read: the rest is not looked at. */
    private boolean done;

    OdsSheet(String name, WorkbookContentBuilder content, Budget budget) {
        this.name = name;
        this.content = content;
        this.budget = budget;
    }

    /** A {@code table:table-row}: {@code repeat} rows from {@code first} (0-based), each holding {@code cells}. */
    void row(long first, long repeat, List<Run> cells) {
        if (done || cells.stream().allMatch(run -> run.value().isBlank())) {
            return; // nothing to read: a run of empty rows is skipped whatever its length
        }
        if (first < 0 || first + repeat > MAX_ROWS) {
            throw new IllegalStateException("content beyond row " + MAX_ROWS + " in sheet " + name);
        }
        long filled = cells.stream().filter(run -> !run.value().isBlank()).mapToLong(Run::repeat).sum();
        for (int r = (int) first; r < first + repeat && !done; r++) {
            budget.spend(filled);
            if (top != null && r > HeaderLocator.LAST_ROW_READ) {
                locate();
            }
            if (top != null) {
                top.put(r, cells);
            } else if (!done && r >= header.dataStart()) {
                dataRow(r, cells);
            }
        }
    }

    /** The sheet has ended. */
    void end() {
        if (top != null) {
            locate();
        }
        if (header != null) {
            content.endTable();
        }
        done = true;
    }

    private void locate() {
        Top rows = new Top(top);
        header = content.locate(name, rows);
        if (header == null) {
            top = null;
            done = true;
            return;
        }
        content.tableFound(name, rows, header);
        for (var row : top.tailMap(header.dataStart()).entrySet()) {
            dataRow(row.getKey(), row.getValue());
        }
        top = null;
    }

    /** A row under the header: its table cells, and its other filled cells (the builder notes those outside). */
    private void dataRow(int r, List<Run> cells) {
        List<WorkbookContentBuilder.OtherCell> others = new ArrayList<>();
        for (Run run : cells) {
            if (run.value().isBlank()) {
                continue;
            }
            for (int c = run.column(); c < run.end(); c++) {
                if (!header.columns().containsValue(c)) {
                    others.add(new WorkbookContentBuilder.OtherCell(c, run.at(r, c)));
                }
            }
        }
        content.row(r, header, c -> cell(cells, r, c), others);
    }

    /** The cell at a column of a row (empty when no run covers it). */
    private static CellValue cell(List<Run> cells, int r, int c) {
        for (Run run : cells) {
            if (run.column() <= c && c < run.end()) {
                return run.at(r, c);
            }
        }
        return CellValue.empty(CellReader.ref(r, c));
    }

    /** The rows kept from the top of the sheet, as the header and label rules read them. */
    private static final class Top extends KeptRows<Run> {

        Top(TreeMap<Integer, List<Run>> rows) {
            super(rows);
        }

        @Override
        public int width(int row) {
            List<Run> cells = row(row);
            return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).end();
        }

        @Override
        public CellValue cell(int row, int column) {
            return OdsSheet.cell(row(row), row, column);
        }
    }
}
