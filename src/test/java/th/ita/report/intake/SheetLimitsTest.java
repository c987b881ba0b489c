package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits count what matters: the rows-per-sheet limit counts rows with content in the table, not
 * the sheet's last row index; a lone cell far outside the table is left out with a note naming it;
 * empty but formatted rows and columns cost nothing.
 */
class SheetLimitsTest {

    static final String[] ROW = {"1", "ขั้นตอน", "ก.พ. 2568", "กองคลัง", "ผล", "ผลลัพธ์"};

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void aStrayValueInTheSheetsLastCellIsLeftOutWithANoteNamingIt() throws Exception {
        // The last cell of an .xlsx sheet is XFD1048576, of an .xls sheet IV65536.
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            TestWorkbooks.simple(wb, "กองคลัง", ROW);
            int lastRow = wb.getSpreadsheetVersion().getLastRowIndex();
            int lastColumn = wb.getSpreadsheetVersion().getLastColumnIndex();
            wb.getSheetAt(0).createRow(lastRow).createCell(lastColumn).setCellValue("x");
            boolean xls = wb instanceof HSSFWorkbook;
            Path file = TestWorkbooks.save(wb, dir.resolve("stray." + (xls ? "xls" : "xlsx")));

            WorkbookContent content = new BothReaders().read(file);

            assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4);
            BothReaders.assertSingleNote(content, "sheet.outsideCells", xls ? "IV65536" : "XFD1048576", 1);
        }
    }

    @Test
    void formattedButEmptyRowsAndColumnsCostNothing() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "กองคลัง", ROW);
        CellStyle bordered = wb.createCellStyle();
        bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        Sheet sheet = wb.getSheetAt(0);
        // The data row's cells formatted to the sheet's last column.
        for (int c = ROW.length; c < 16_384; c++) {
            sheet.getRow(3).createCell(c).setCellStyle(bordered);
        }
        Path valid = TestWorkbooks.save(wb, dir.resolve("valid.xlsx"));
        // Every column formatted ("format whole column"), and whole rows formatted below the table down
        // to the sheet's last row, as Excel stores them: no cells.
        StringBuilder rows = new StringBuilder();
        for (int r = 5; r <= 200_000; r++) {
            rows.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\"/>");
        }
        rows.append("<row r=\"1048576\" s=\"1\" customFormat=\"1\"/>");
        Path file = TestWorkbooks.rewrite(valid, dir.resolve("formatted.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<cols><col min=\"1\" max=\"16384\" style=\"1\"/></cols><sheetData>")
                        .replace("</sheetData>", rows + "</sheetData>"));

        long start = System.nanoTime();
        WorkbookContent content = reader.read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4);
        assertThat(content.sheetNotes()).isEmpty();
        // Not a timing test: a bound only a reader visiting 1,048,576 x 16,384 cells would miss.
        assertThat(millis).as("read in %d ms", millis).isLessThan(60_000);
    }

    @Test
    void aTableOfFiftyThousandRowsIsAcceptedAtTheDefaultLimit() throws Exception {
        int limit = IntakeLimits.DEFAULTS.maxRowsPerSheet();
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("รายงาน");
            Row label = sheet.createRow(0);
            label.createCell(0).setCellValue("ส่วนราชการ");
            label.createCell(1).setCellValue("กองคลัง");
            sheet.createRow(1).createCell(0).setCellValue("รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
            Row header = sheet.createRow(2);
            for (int c = 0; c < TestWorkbooks.HEADER.length; c++) {
                header.createCell(c).setCellValue(TestWorkbooks.HEADER[c]);
            }
            for (int n = 1; n <= limit; n++) {
                Row row = sheet.createRow(2 + n);
                row.createCell(0).setCellValue(String.valueOf(n % 7 + 1));
                row.createCell(1).setCellValue("๑. ขั้นตอนที่ " + n);
                row.createCell(4).setCellValue("ผลการดำเนินการ " + n);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        WorkbookContent content = reader.read(file);

        assertThat(content.rows()).hasSize(limit);
        assertThat(content.rows().get(limit - 1).rowNumber()).isEqualTo(limit + 3);
        assertThat(content.rows().get(limit - 1).text(Column.STEPS)).isEqualTo("๑. ขั้นตอนที่ " + limit);
    }
}
