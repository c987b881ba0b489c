package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void findsATwoRowHeaderWithAGroupHeadingColumnsInAnyOrderAndExtraColumns() throws Exception {
        Path file = TestWorkbooks.twoRowHeader(dir.resolve("f.xlsx"));

        WorkbookContent content = reader.read(file);

        assertThat(content.department()).isEqualTo("กองคลัง");
        assertThat(content.fromFileName()).isFalse();
        assertThat(content.rows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(6);
            assertThat(row.text(Column.MEASURE)).isEqualTo("2");
            assertThat(row.text(Column.RESPONSIBLE)).isEqualTo("กองคลัง");
            assertThat(row.text(Column.OUTPUT)).isEqualTo("ผลผลิต");
            assertThat(row.text(Column.OUTCOME)).isEqualTo("ผลลัพธ์");
            assertThat(row.cell(Column.STEPS).ref()).isEqualTo("D6");
        });
    }

    @Test
    void withoutALabelTheFileNameNamesTheDepartmentAndXlsReadsToo() throws Exception {
        Path file = TestWorkbooks.xls(dir.resolve("กองช่าง.xls"), "ignored", new String[] {"1", "ขั้นตอน", "", "", "", ""});
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "x", new String[] {"1", "a", "", "", "", ""});
        wb.getSheetAt(0).getRow(0).getCell(0).setCellValue("หมายเหตุ");
        Path unlabelled = TestWorkbooks.save(wb, dir.resolve("กองคลัง.xlsx"));

        assertThat(reader.read(file).format()).isEqualTo("xls");
        assertThat(reader.read(unlabelled).department()).isEqualTo("กองคลัง");
        assertThat(reader.read(unlabelled).fromFileName()).isTrue();
    }

    @Test
    void anXlsSavedAsXlsxIsReadByItsRealFormat() throws Exception {
        Path file = TestWorkbooks.xls(dir.resolve("กองช่าง.xlsx"), "กองช่าง", new String[] {"1", "ขั้นตอน", "", "", "", ""});

        assertThat(reader.read(file).format()).isEqualTo("xls");
        assertThat(reader.read(file).rows()).hasSize(1);
    }

    @Test
    void formulasAreNeverEvaluatedDatesReadAsDatesHiddenSheetsSkippedRepeatedHeadersDropped() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "กองคลัง",
                new String[] {"1", "ขั้นตอน", "", "", "", ""},
                TestWorkbooks.HEADER,
                new String[] {"", "", "", "", "", ""},
                new String[] {"2", "x", "", "", "", ""});
        Sheet sheet = wb.getSheetAt(0);
        sheet.getRow(3).getCell(4).setCellFormula("1+1");
        sheet.getRow(6).getCell(4).setCellFormula("#REF!+1");
        var date = sheet.getRow(6).getCell(2);
        date.setCellValue(LocalDate.of(2025, 3, 15));
        date.setCellStyle(wb.createCellStyle());
        date.getCellStyle().setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
        wb.createSheet("เก่า");
        wb.setSheetHidden(1, true);
        Path file = TestWorkbooks.save(wb, dir.resolve("f.xlsx"));

        WorkbookContent content = reader.read(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 7);
        assertThat(content.rows().get(0).text(Column.OUTPUT)).as("no cached value: nothing evaluated").isEmpty();
        assertThat(content.rows().get(1).cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(content.sheetNotes()).extracting(WorkbookContent.SheetNote::code).containsExactly("sheet.hidden");
    }

    @Test
    void brokenAndHostileFilesAreRejectedWithAReason() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        assertThatThrownBy(() -> reader.read(TestWorkbooks.encrypted(dir.resolve("e.xlsx"))))
                .extracting(e -> ((WorkbookRejectedException) e).code()).isEqualTo("file.encrypted");
        assertThatThrownBy(() -> reader.read(TestWorkbooks.truncated(dir.resolve("t.xlsx"))))
                .extracting(e -> ((WorkbookRejectedException) e).code()).isEqualTo("file.unreadable");
        assertThatThrownBy(() -> reader.read(Files.writeString(dir.resolve("n.xlsx"), "not a spreadsheet")))
                .extracting(e -> ((WorkbookRejectedException) e).code()).isEqualTo("file.unreadable");
        assertThatThrownBy(() -> reader.read(Files.createFile(dir.resolve("z.xlsx"))))
                .extracting(e -> ((WorkbookRejectedException) e).code()).isEqualTo("file.empty");
        assertThatThrownBy(() -> reader.read(TestWorkbooks.zipBomb(dir.resolve("b.xlsx"))))
                .extracting(e -> ((WorkbookRejectedException) e).code()).isEqualTo("file.zipBomb");
        assertThatThrownBy(() -> reader.read(TestWorkbooks.xxe(dir.resolve("x.xlsx"), secret)))
                .isInstanceOfSatisfying(WorkbookRejectedException.class, e -> assertThat(e.code()).isEqualTo("file.unsafeXml"))
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aTableWithMissingColumnsNamesThem() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row header = wb.createSheet("s").createRow(0);
        String[] partial = {"มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ผลการดำเนินการ"};
        for (int c = 0; c < partial.length; c++) {
            header.createCell(c).setCellValue(partial[c]);
        }
        Path file = TestWorkbooks.save(wb, dir.resolve("m.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(WorkbookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("file.missingColumns");
                    assertThat(e.details()).containsExactly("ผลลัพธ์, ระยะเวลา");
                });
    }
}
