package th.ita.report.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import th.ita.report.text.Normalized;

/**
 * What both readers do with the sheets they read, in sheet order: note the sheets not read,
 * locate the table, take who sent it and for which year from the labels above the first table,
 * keep the non-blank rows that are not a repeated header, leave out (with a note) a footer under
 * the table and cells outside it, count the rows kept against the limit, and in the end reject a
 * workbook without any table. One rule set, so the usermodel and the streaming reader cannot drift.
 * <p>
 * The text that is matched rather than published (the department and year labels, the measure
 * cell) is normalised here, once ({@link Normalized#text}); the other cells keep the department's
 * wording.
 */
final class WorkbookContentBuilder {

    static final String DEPARTMENT_LABEL = Normalized.key("ส่วนราชการ");
    static final String YEAR_LABEL = Normalized.key("ปีงบประมาณ");

    /** A footer is a few lines; a longer run of footer-like rows is read as rows. */
    static final int MAX_FOOTER_ROWS = 50;
    /** Cells a note names; the rest are counted. */
    static final int NAMED_CELLS = 10;

    /** A filled cell of a row under the header, by its column index (the readers give those not in the six columns). */
    record OtherCell(int column, CellValue value) {
    }

    private final int maxRows;
    private final Consumer<TableRow> kept;
    private final List<TableRow> rows = new ArrayList<>();
    private final List<WorkbookContent.SheetNote> notes = new ArrayList<>();
    private String department;
    private String year;
    private boolean anyHeader;

    /** The sheet whose table is being read, and what is kept of it until it ends. */
    private String sheet;
    private int sheetRows;
    /** Rows that may be the table's footer, while no data row has followed them. */
    private Footer footer;
    private CellList outsideCells;

    WorkbookContentBuilder(int maxRows) {
        this(maxRows, row -> { });
    }

    /** @param kept told of each row as it is kept for good, in order (validation may start on it) */
    WorkbookContentBuilder(int maxRows, Consumer<TableRow> kept) {
        this.maxRows = maxRows;
        this.kept = kept;
    }

    void hiddenSheet(String sheet) {
        notes.add(new WorkbookContent.SheetNote(sheet, "sheet.hidden"));
    }

    /**
     * The table header of a visible sheet, from the top of it ({@code top} need hold no more than
     * rows 0 to {@link HeaderLocator#LAST_ROW_READ}), or null with a note saying why not.
     */
    HeaderLocator.Header locate(String sheet, SheetText top) {
        HeaderLocator.Partial[] partial = new HeaderLocator.Partial[1];
        HeaderLocator.Header header = HeaderLocator.locate(top, partial);
        if (header == null) {
            notes.add(missingHeaderNote(sheet, partial[0]));
        }
        return header;
    }

    /**
     * A sheet with a table is read: the first such sheet's labels name department and year. Its
     * rows follow ({@link #row}), then {@link #endTable}.
     */
    void tableFound(String sheet, SheetText top, HeaderLocator.Header header) {
        anyHeader = true;
        department = department != null ? department : label(top, header.dataStart(), DEPARTMENT_LABEL);
        year = year != null ? year : label(top, header.dataStart(), YEAR_LABEL);
        this.sheet = sheet;
        sheetRows = 0;
        footer = null;
        outsideCells = new CellList();
    }

    /**
     * Data row {@code r} (0-based) of the table: {@code cellAt} gives the cell of a column index,
     * {@code others} the filled cells in the row's other columns. Blank rows and rows repeating the
     * header are left out; rows that may be the footer wait until it is known whether data follows.
     *
     * @throws WorkbookRejectedException when the sheet has more rows than allowed
     */
    void row(int r, HeaderLocator.Header header, IntFunction<CellValue> cellAt, List<OtherCell> others) {
        Map<Column, CellValue> cells = new EnumMap<>(Column.class);
        List<OtherCell> filled = new ArrayList<>();
        for (Map.Entry<Column, Integer> column : header.columns().entrySet()) {
            CellValue value = cellAt.apply(column.getValue());
            if (column.getKey() == Column.MEASURE && !value.text().isEmpty()) {
                value = new CellValue(value.ref(), Normalized.text(value.text()), value.date(), value.error());
            }
            cells.put(column.getKey(), value);
            if (!value.isBlank()) {
                filled.add(new OtherCell(column.getValue(), value));
            }
        }
        if (filled.isEmpty() && others.isEmpty()) {
            return;
        }
        TableRow row = new TableRow(sheet, r + 1, cells);
        // The row's filled cells under the header, in column order, and those beyond it.
        List<OtherCell> under = new ArrayList<>(filled);
        CellList outside = new CellList();
        for (OtherCell other : others) {
            if (header.spans(other.column())) {
                under.add(other);
            } else {
                outside.add(other.value());
            }
        }
        under.sort(java.util.Comparator.comparingInt(OtherCell::column));
        List<CellValue> inTable = under.stream().map(OtherCell::value).toList();
        if (footer != null && inTable.isEmpty()) {
            // Nothing under the header: a stray cell beyond the table, whatever it follows.
            outsideCells.add(outside);
            return;
        }
        if (footer != null) {
            if (TableFooter.continues(row) && footer.rows.size() < MAX_FOOTER_ROWS) {
                footer.add(row, inTable, outside);
                return;
            }
            // Data after it: those lines were rows of the table after all.
            footer.rows.forEach(this::keep);
            outsideCells.add(footer.outside);
            footer = null;
        }
        if (!inTable.isEmpty() && TableFooter.opens(inTable)) {
            footer = new Footer();
            footer.add(row, inTable, outside);
            return;
        }
        outsideCells.add(outside);
        if (!filled.isEmpty() && !HeaderLocator.repeatsHeader(row)) {
            keep(row);
        }
    }

    /** The table's sheet has ended: its footer and the cells outside it are noted. */
    void endTable() {
        if (footer != null) {
            notes.add(footer.cells.note(sheet, "sheet.footer"));
        }
        if (!outsideCells.isEmpty()) {
            notes.add(outsideCells.note(sheet, "sheet.outsideCells"));
        }
        footer = null;
    }

    private void keep(TableRow row) {
        if (row.cells().values().stream().allMatch(CellValue::isBlank)) {
            return;
        }
        if (++sheetRows > maxRows) {
            throw new WorkbookRejectedException("file.tooManyRows", sheet, maxRows);
        }
        rows.add(row);
        kept.accept(row);
    }

    WorkbookContent build(Path file, String format) {
        if (!anyHeader) {
            WorkbookContent.SheetNote why = notes.stream().filter(n -> n.code().equals("sheet.missingColumns"))
                    .findFirst().orElse(null);
            throw why != null
                    ? new WorkbookRejectedException("file.missingColumns", why.arguments().toArray())
                    : new WorkbookRejectedException("file.noTable");
        }
        boolean fromFileName = department == null || department.isBlank();
        return new WorkbookContent(file, format, fromFileName ? Normalized.text(WorkbookReader.baseName(file)) : department,
                fromFileName, year, rows, notes);
    }

    private static WorkbookContent.SheetNote missingHeaderNote(String sheet, HeaderLocator.Partial partial) {
        // Three columns found is a table with some headings missing; fewer is some other sheet.
        if (partial != null && partial.found().size() >= 3) {
            Set<Column> missing = EnumSet.complementOf(EnumSet.copyOf(partial.found()));
            String names = missing.stream().map(Column::headerWord).collect(Collectors.joining(", "));
            return new WorkbookContent.SheetNote(sheet, "sheet.missingColumns", names);
        }
        return new WorkbookContent.SheetNote(sheet, "sheet.noTable");
    }

    /**
     * The value of a labelled cell above the table: "ส่วนราชการ" with the value in the next
     * non-empty cell to the right, or "ส่วนราชการ: กองคลัง" / "ส่วนราชการ กองคลัง" in one cell.
     * Read in its matching form ({@link Normalized#text}).
     */
    static String label(SheetText sheet, int beforeRow, String labelKey) {
        for (int r = sheet.firstRow(); r < beforeRow; r++) {
            if (!sheet.hasRow(r)) {
                continue;
            }
            int width = sheet.width(r);
            for (int c = 0; c < width; c++) {
                String text = Normalized.text(sheet.text(r, c));
                if (!Normalized.key(text).startsWith(labelKey)) {
                    continue;
                }
                String rest = afterLabel(text, labelKey);
                if (!rest.isEmpty()) {
                    return rest;
                }
                for (int n = c + 1; n < width; n++) {
                    String next = Normalized.text(sheet.text(r, n));
                    if (!next.isEmpty()) {
                        return next;
                    }
                }
            }
        }
        return null;
    }

    /** What follows the label in the same cell, without the separating colon or spaces. */
    private static String afterLabel(String text, String labelKey) {
        int consumed = 0;
        int i = 0;
        while (i < text.length() && consumed < labelKey.length()) {
            if (!Character.isWhitespace(text.charAt(i))) {
                consumed++;
            }
            i++;
        }
        return text.substring(i).replaceFirst("^[\\s:：\\-–]+", "").strip();
    }

    /** The lines that may be a footer: their rows, all their filled cells, and those outside the table. */
    private static final class Footer {
        final List<TableRow> rows = new ArrayList<>();
        final CellList cells = new CellList();
        final CellList outside = new CellList();

        void add(TableRow row, List<CellValue> inTable, CellList outsideCells) {
            rows.add(row);
            inTable.forEach(cells::add);
            cells.add(outsideCells);
            outside.add(outsideCells);
        }
    }

    /** Cells a note names: the first {@link #NAMED_CELLS} by reference, and how many in all. */
    private static final class CellList {
        private final List<String> named = new ArrayList<>();
        private int count;

        void add(CellValue cell) {
            if (named.size() < NAMED_CELLS) {
                named.add(cell.ref());
            }
            count++;
        }

        void add(CellList other) {
            for (String ref : other.named) {
                if (named.size() < NAMED_CELLS) {
                    named.add(ref);
                }
            }
            count += other.count;
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** The note: the cells named ("B20, B21, …" when there are more) and their number. */
        WorkbookContent.SheetNote note(String sheet, String code) {
            String names = String.join(", ", named) + (count > named.size() ? ", …" : "");
            return new WorkbookContent.SheetNote(sheet, code, names, count);
        }
    }
}
