package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The .ods twin of a test workbook: what POI reads from the .xlsx or .xls, written as LibreOffice
 * saves an .ods (typed values, a formula's cached result, errors as LibreOffice marks them, merged
 * cells as spans over covered cells, hidden sheets by their style, equal neighbouring cells and
 * rows stored once with a repeat count, empty rows and cells to the sheet's end). Reading the twin
 * must give what reading the workbook gives: so every workbook the parity tests make checks the
 * .ods reader too.
 */
final class OdsTwin {

    private static final String EMPTY_ROW = OdsFiles.row(OdsFiles.empty(OdsFiles.COLUMNS));

    private OdsTwin() {
    }

    /**
     * Reads the workbook's twin and checks it reads as {@code expected} (the workbook's content):
     * the same department, year, rows cell by cell and notes. Nothing is checked for a workbook
     * holding text an .ods cannot (a carriage return or another control character in a cell).
     */
    static void assertReadsTheSame(Path workbook, WorkbookContent expected) {
        try {
            Path dir = Files.createTempDirectory("ods-twin");
            try {
                of(workbook, dir).ifPresent(ods ->
                        assertSameContent(new WorkbookReader(IntakeLimits.DEFAULTS).read(ods), expected, "twin of " + workbook));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same content, whatever the file and its format. */
    static void assertSameContent(WorkbookContent actual, WorkbookContent expected, String what) {
        assertThat(actual.rows()).as(what + ": rows").containsExactlyElementsOf(expected.rows());
        assertThat(actual.sheetNotes()).as(what + ": notes").containsExactlyElementsOf(expected.sheetNotes());
        assertThat(List.of(String.valueOf(actual.department()), actual.fromFileName(), String.valueOf(actual.fiscalYearText())))
                .as(what + ": department, from the file name, year")
                .containsExactly(String.valueOf(expected.department()), expected.fromFileName(),
                        String.valueOf(expected.fiscalYearText()));
    }

    /** The twin, in {@code dir} under the workbook's base name; empty when an .ods cannot hold the workbook. */
    static Optional<Path> of(Path workbook, Path dir) {
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            List<String> tables = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                String rows = rows(sheet);
                boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
                tables.add(hidden ? OdsFiles.hiddenTable(sheet.getSheetName(), rows) : OdsFiles.table(sheet.getSheetName(), rows));
            }
            Path twin = dir.resolve(WorkbookReader.baseName(workbook) + ".ods");
            return Optional.of(OdsFiles.write(twin, OdsFiles.content(tables.toArray(String[]::new))));
        } catch (Unrepresentable e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Unrepresentable extends RuntimeException {
        Unrepresentable() {
            super(null, null, false, false);
        }
    }

    private static String rows(Sheet sheet) {
        Map<CellAddress, CellRangeAddress> merges = new HashMap<>();
        Set<CellAddress> covered = new HashSet<>();
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            merges.put(new CellAddress(merge.getFirstRow(), merge.getFirstColumn()), merge);
            for (CellAddress address : merge) {
                if (address.getRow() != merge.getFirstRow() || address.getColumn() != merge.getFirstColumn()) {
                    covered.add(address);
                }
            }
            lastRow = Math.max(lastRow, merge.getLastRow());
        }
        StringBuilder xml = new StringBuilder();
        String previous = null;
        long repeat = 0;
        for (int r = 0; r <= lastRow; r++) {
            String row = row(sheet.getRow(r), r, merges, covered);
            if (row.equals(previous)) {
                repeat++;
                continue;
            }
            if (previous != null) {
                xml.append(OdsFiles.rows(repeat, previous));
            }
            previous = row;
            repeat = 1;
        }
        if (previous != null) {
            xml.append(OdsFiles.rows(repeat, previous));
        }
        return xml + OdsFiles.rows(OdsFiles.ROWS - (lastRow + 1), OdsFiles.empty(OdsFiles.COLUMNS));
    }

    /** A row's cells, equal neighbours stored once, empty cells to the sheet's last column. */
    private static String row(Row row, int r, Map<CellAddress, CellRangeAddress> merges, Set<CellAddress> covered) {
        int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
        for (CellAddress address : covered) {
            if (address.getRow() == r) {
                width = Math.max(width, address.getColumn() + 1);
            }
        }
        if (width == 0) {
            return OdsFiles.empty(OdsFiles.COLUMNS);
        }
        StringBuilder xml = new StringBuilder();
        String previous = null;
        int repeat = 0;
        for (int c = 0; c < width; c++) {
            CellAddress address = new CellAddress(r, c);
            String cell = cell(row == null ? null : row.getCell(c), covered.contains(address), merges.get(address));
            if (cell.equals(previous)) {
                repeat++;
                continue;
            }
            if (previous != null) {
                xml.append(repeated(previous, repeat));
            }
            previous = cell;
            repeat = 1;
        }
        xml.append(repeated(previous, repeat));
        return xml + OdsFiles.empty(OdsFiles.COLUMNS - width);
    }

    private static String repeated(String cell, int repeat) {
        return repeat == 1 ? cell : cell.replaceFirst("^<table:([a-z-]+)", "<table:$1 table:number-columns-repeated=\"" + repeat + "\"");
    }

    /** A cell as LibreOffice writes it, typed as POI reads it (as {@link CellReader} does). */
    private static String cell(Cell cell, boolean covered, CellRangeAddress merge) {
        String tag = covered ? "table:covered-table-cell" : "table:table-cell";
        String span = merge == null ? "" : " table:number-columns-spanned=\"" + (merge.getLastColumn() - merge.getFirstColumn() + 1)
                + "\" table:number-rows-spanned=\"" + (merge.getLastRow() - merge.getFirstRow() + 1) + "\"";
        if (cell == null) {
            return "<" + tag + span + "/>";
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        String attributes = span + (formula ? " table:formula=\"of:=" + OdsFiles.escape(cell.getCellFormula()) + "\"" : "");
        String shown;
        switch (type) {
            case STRING -> {
                shown = representable(cell.getStringCellValue());
                attributes += " office:value-type=\"string\""
                        + (formula ? " office:string-value=\"" + OdsFiles.escape(shown) + "\"" : "");
            }
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
                    shown = DateUtil.getLocalDateTime(value).toString();
                    attributes += " office:value-type=\"date\" office:date-value=\"" + shown + "\"";
                } else {
                    shown = BigDecimal.valueOf(value).toPlainString();
                    attributes += " office:value-type=\"float\" office:value=\"" + shown + "\"";
                }
            }
            case BOOLEAN -> {
                shown = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                attributes += " office:value-type=\"boolean\" office:boolean-value=\"" + cell.getBooleanCellValue() + "\"";
            }
            case ERROR -> {
                shown = CellReader.error("", cell.getErrorCellValue()).error();
                attributes += " office:value-type=\"string\" office:string-value=\"\" calcext:value-type=\"error\"";
            }
            default -> {
                return "<" + tag + attributes + "/>";
            }
        }
        return "<" + tag + attributes + ">" + OdsFiles.paragraphs(shown) + "</" + tag + ">";
    }

    /** Text an .ods cell holds as it is: no control characters but tabs and line breaks. */
    private static String representable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                throw new Unrepresentable();
            }
        }
        return text;
    }
}
