package th.ita.report.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import th.ita.report.text.Normalized;

/**
 * What both readers do with the sheets they read, in sheet order: note the sheets not read,
 * locate the table, take who sent it and for which year from the labels above the first table,
 * keep the non-blank rows that are not a repeated header, and in the end reject a workbook
 * without any table. One rule set, so the usermodel and the streaming reader cannot drift.
 */
final class WorkbookContentBuilder {

    static final String DEPARTMENT_LABEL = Normalized.key("ส่วนราชการ");
    static final String YEAR_LABEL = Normalized.key("ปีงบประมาณ");

    private final List<TableRow> rows = new ArrayList<>();
    private final List<WorkbookContent.SheetNote> notes = new ArrayList<>();
    private String department;
    private String year;
    private boolean anyHeader;

    void hiddenSheet(String sheet) {
        notes.add(new WorkbookContent.SheetNote(sheet, "sheet.hidden", null));
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

    /** A sheet with a table is read: the first such sheet's labels name department and year. */
    void tableFound(SheetText top, HeaderLocator.Header header) {
        anyHeader = true;
        department = department != null ? department : label(top, header.dataStart(), DEPARTMENT_LABEL);
        year = year != null ? year : label(top, header.dataStart(), YEAR_LABEL);
    }

    /**
     * Data row {@code r} (0-based) of a table; {@code cellAt} gives the cell of a column index.
     * Blank rows and rows repeating the header are left out.
     */
    void row(String sheet, int r, HeaderLocator.Header header, IntFunction<CellValue> cellAt) {
        Map<Column, CellValue> cells = new EnumMap<>(Column.class);
        boolean blank = true;
        for (Map.Entry<Column, Integer> column : header.columns().entrySet()) {
            CellValue value = cellAt.apply(column.getValue());
            cells.put(column.getKey(), value);
            blank &= value.isBlank();
        }
        TableRow tableRow = new TableRow(sheet, r + 1, cells);
        if (!blank && !HeaderLocator.repeatsHeader(tableRow)) {
            rows.add(tableRow);
        }
    }

    WorkbookContent build(Path file, String format) {
        if (!anyHeader) {
            WorkbookContent.SheetNote why = notes.stream().filter(n -> n.code().equals("sheet.missingColumns"))
                    .findFirst().orElse(null);
            throw why != null
                    ? new WorkbookRejectedException("file.missingColumns", why.detail())
                    : new WorkbookRejectedException("file.noTable", null);
        }
        boolean fromFileName = department == null || department.isBlank();
        return new WorkbookContent(file, format, fromFileName ? WorkbookReader.baseName(file) : department.trim(),
                fromFileName, year, rows, notes);
    }

    static WorkbookRejectedException tooManyRows(String sheet, long rows, int max) {
        return new WorkbookRejectedException("file.tooManyRows", sheet, String.valueOf(rows), String.valueOf(max));
    }

    private static WorkbookContent.SheetNote missingHeaderNote(String sheet, HeaderLocator.Partial partial) {
        // Three columns found is a table with some headings missing; fewer is some other sheet.
        if (partial != null && partial.found().size() >= 3) {
            Set<Column> missing = EnumSet.complementOf(EnumSet.copyOf(partial.found()));
            String names = missing.stream().map(Column::headerWord).collect(Collectors.joining(", "));
            return new WorkbookContent.SheetNote(sheet, "sheet.missingColumns", names);
        }
        return new WorkbookContent.SheetNote(sheet, "sheet.noTable", null);
    }

    /**
     * The value of a labelled cell above the table: "ส่วนราชการ" with the value in the next
     * non-empty cell to the right, or "ส่วนราชการ: กองคลัง" / "ส่วนราชการ กองคลัง" in one cell.
     */
    static String label(SheetText sheet, int beforeRow, String labelKey) {
        for (int r = sheet.firstRow(); r < beforeRow; r++) {
            if (!sheet.hasRow(r)) {
                continue;
            }
            int width = sheet.width(r);
            for (int c = 0; c < width; c++) {
                String text = sheet.text(r, c).strip();
                if (!Normalized.key(text).startsWith(labelKey)) {
                    continue;
                }
                String rest = afterLabel(text, labelKey);
                if (!rest.isEmpty()) {
                    return rest;
                }
                for (int n = c + 1; n < width; n++) {
                    String next = sheet.text(r, n).strip();
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
}
