package th.ita.report.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.ita.report.text.Normalized;

/**
 * Reads one department workbook: who sent it and for which year (labelled cells above the
 * table, the file name as fallback), and the rows of every visible sheet that has the table
 * header. The real format is detected from the content, so an .xls saved as .xlsx still reads.
 */
@Component
public class WorkbookReader {

    static final String DEPARTMENT_LABEL = Normalized.key("ส่วนราชการ");
    static final String YEAR_LABEL = Normalized.key("ปีงบประมาณ");

    private final IntakeLimits limits;

    public WorkbookReader(IntakeLimits limits) {
        this.limits = limits;
        limits.applyToPoi();
    }

    public WorkbookContent read(Path file) {
        long size = file.toFile().length();
        if (size == 0) {
            throw new WorkbookRejectedException("file.empty", null);
        }
        if (size > limits.maxFileBytes()) {
            throw new WorkbookRejectedException("file.tooLarge", String.valueOf(size / (1024 * 1024)),
                    String.valueOf(limits.maxFileBytes() / (1024 * 1024)));
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(file, workbook);
        } catch (EncryptedDocumentException e) {
            throw new WorkbookRejectedException("file.encrypted", null);
        } catch (WorkbookRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb as an IOException whose message says so; keep its internals out of the message.
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new WorkbookRejectedException("file.zipBomb", null);
            }
            throw new WorkbookRejectedException("file.unreadable", shortReason(e));
        }
    }

    private WorkbookContent read(Path file, Workbook workbook) {
        List<TableRow> rows = new ArrayList<>();
        List<WorkbookContent.SheetNote> notes = new ArrayList<>();
        String department = null;
        String year = null;
        boolean anyHeader = false;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                notes.add(new WorkbookContent.SheetNote(sheet.getSheetName(), "sheet.hidden", null));
                continue;
            }
            HeaderLocator.Partial[] partial = new HeaderLocator.Partial[1];
            HeaderLocator.Header header = HeaderLocator.locate(sheet, partial);
            if (header == null) {
                notes.add(missingHeaderNote(sheet, partial[0]));
                continue;
            }
            if (sheet.getLastRowNum() + 1 > limits.maxRowsPerSheet()) {
                throw new WorkbookRejectedException("file.tooManyRows", sheet.getSheetName(),
                        String.valueOf(sheet.getLastRowNum() + 1), String.valueOf(limits.maxRowsPerSheet()));
            }
            anyHeader = true;
            department = department != null ? department : label(sheet, header.dataStart(), DEPARTMENT_LABEL);
            year = year != null ? year : label(sheet, header.dataStart(), YEAR_LABEL);
            rows.addAll(dataRows(sheet, header));
        }
        if (!anyHeader) {
            WorkbookContent.SheetNote why = notes.stream().filter(n -> n.code().equals("sheet.missingColumns"))
                    .findFirst().orElse(null);
            throw why != null
                    ? new WorkbookRejectedException("file.missingColumns", why.detail())
                    : new WorkbookRejectedException("file.noTable", null);
        }
        boolean fromFileName = department == null || department.isBlank();
        return new WorkbookContent(file, format(workbook), fromFileName ? baseName(file) : department.trim(),
                fromFileName, year, rows, notes);
    }

    private static WorkbookContent.SheetNote missingHeaderNote(Sheet sheet, HeaderLocator.Partial partial) {
        // Three columns found is a table with some headings missing; fewer is some other sheet.
        if (partial != null && partial.found().size() >= 3) {
            Set<Column> missing = EnumSet.complementOf(EnumSet.copyOf(partial.found()));
            String names = missing.stream().map(Column::headerWord).collect(Collectors.joining(", "));
            return new WorkbookContent.SheetNote(sheet.getSheetName(), "sheet.missingColumns", names);
        }
        return new WorkbookContent.SheetNote(sheet.getSheetName(), "sheet.noTable", null);
    }

    private static List<TableRow> dataRows(Sheet sheet, HeaderLocator.Header header) {
        List<TableRow> rows = new ArrayList<>();
        for (int r = header.dataStart(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Column, CellValue> cells = new EnumMap<>(Column.class);
            boolean blank = true;
            for (Map.Entry<Column, Integer> column : header.columns().entrySet()) {
                int c = column.getValue();
                CellValue value = CellReader.read(row == null ? null : row.getCell(c), r, c);
                cells.put(column.getKey(), value);
                blank &= value.isBlank();
            }
            TableRow tableRow = new TableRow(sheet.getSheetName(), r + 1, cells);
            if (!blank && !HeaderLocator.repeatsHeader(tableRow)) {
                rows.add(tableRow);
            }
        }
        return rows;
    }

    /**
     * The value of a labelled cell above the table: "ส่วนราชการ" with the value in the next
     * non-empty cell to the right, or "ส่วนราชการ: กองคลัง" / "ส่วนราชการ กองคลัง" in one cell.
     */
    static String label(Sheet sheet, int beforeRow, String labelKey) {
        for (int r = sheet.getFirstRowNum(); r < beforeRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = CellReader.read(row.getCell(c), r, c).text().strip();
                if (!Normalized.key(text).startsWith(labelKey)) {
                    continue;
                }
                String rest = afterLabel(text, labelKey);
                if (!rest.isEmpty()) {
                    return rest;
                }
                for (int n = c + 1; n < row.getLastCellNum(); n++) {
                    String next = CellReader.read(row.getCell(n), r, n).text().strip();
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

    private static String format(Workbook workbook) {
        if (workbook instanceof HSSFWorkbook) {
            return "xls";
        }
        return workbook instanceof XSSFWorkbook ? "xlsx" : workbook.getClass().getSimpleName();
    }

    /** The file name without its extension: names the department when the workbook does not. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String shortReason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
