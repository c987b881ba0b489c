package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.template.DepartmentTemplate;

/**
 * The streaming reader must read every workbook exactly as the usermodel reader does: the same
 * department, year, rows (cell by cell, with their references) and sheet notes, or the same
 * rejection. Compared on the sample input, on every workbook the tests make, and on workbooks
 * made to exercise what a cell can hold. Each workbook's .ods twin ({@link OdsTwin}) must read
 * the same as well.
 */
class StreamingParityTest {

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void theSampleInputReadsTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("input"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        int zipPackages = 0;
        for (Path file : files) {
            if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
                zipPackages++;
                assertSameContent(file);
            } else {
                // An .xls is not streamed: read() takes the usermodel path for it.
                assertThat(reader.read(file)).as(file.toString()).isEqualTo(reader.readWithUsermodel(file));
            }
        }
        assertThat(zipPackages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyWorkbookTheTestsMakeReadsTheSame() throws Exception {
        String[] row = {"1", "ขั้นตอน", "ก.พ. 2568", "กองคลัง", "ผล", "ผลลัพธ์"};
        assertSameContent(TestWorkbooks.xlsx(dir.resolve("simple.xlsx"), "กองคลัง", row,
                new String[] {"", "ต่อ", "", "", "", ""}, TestWorkbooks.HEADER, new String[] {"2", "x", "", "", "", ""}));
        assertSameContent(TestWorkbooks.xlsx(dir.resolve("empty-table.xlsx"), "กองคลัง"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        for (Path hostile : List.of(TestWorkbooks.truncated(dir.resolve("t.xlsx")),
                TestWorkbooks.zipBomb(dir.resolve("b.xlsx")), TestWorkbooks.xxe(dir.resolve("x.xlsx"), secret),
                Files.writeString(dir.resolve("n.xlsx"), "not a spreadsheet"))) {
            assertSameRejection(hostile);
        }
        // OLE2 files are not streamed: read() gives what the usermodel gives.
        Path encrypted = TestWorkbooks.encrypted(dir.resolve("e.xlsx"));
        assertThat(code(() -> reader.read(encrypted))).isEqualTo("file.encrypted")
                .isEqualTo(code(() -> reader.readWithUsermodel(encrypted)));
        Path xls = TestWorkbooks.xls(dir.resolve("กองช่าง.xlsx"), "กองช่าง", row);
        assertThat(reader.read(xls)).isEqualTo(reader.readWithUsermodel(xls));
        assertThat(reader.read(xls).format()).isEqualTo("xls");
    }

    @Test
    void theTwoRowHeaderWithMergedHeadingsReadsTheSame() throws Exception {
        WorkbookContent content = assertSameContent(TestWorkbooks.twoRowHeader(dir.resolve("f.xlsx")));

        assertThat(content.department()).isEqualTo("กองคลัง");
        assertThat(content.rows()).singleElement().extracting(r -> r.cell(Column.STEPS).ref()).isEqualTo("D6");
    }

    @Test
    void formulasDatesHiddenSheetsAndRepeatedHeadersReadTheSame() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "กองคลัง",
                new String[] {"1", "ขั้นตอน", "", "", "", ""},
                TestWorkbooks.HEADER,
                new String[] {"", "", "", "", "", ""},
                new String[] {"2", "x", "", "", "", ""},
                new String[] {"3", "y", "", "", "", ""},
                new String[] {"4", "z", "", "", "", ""},
                new String[] {"5", "w", "", "", "", ""});
        Sheet sheet = wb.getSheetAt(0);
        sheet.createRow(1).createCell(3).setCellValue("ปีงบประมาณ พ.ศ. ๒๕๖๘");
        sheet.getRow(3).getCell(4).setCellFormula("1+1");
        sheet.getRow(6).getCell(4).setCellFormula("#REF!+1");
        var date = sheet.getRow(6).getCell(2);
        date.setCellValue(LocalDate.of(2025, 3, 15));
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
        date.setCellStyle(dateStyle);
        // Cached formula results of every kind, as Excel saves them.
        var number = sheet.getRow(7).getCell(5);
        number.setCellFormula("2*3");
        number.setCellValue(6.0);
        var text = sheet.getRow(7).getCell(4);
        text.setCellFormula("\"ผล\"&\"งาน\"");
        text.setCellValue("ผลงาน");
        var bool = sheet.getRow(8).getCell(4);
        bool.setCellFormula("1=1");
        bool.setCellValue(true);
        var error = sheet.getRow(8).getCell(5);
        error.setCellFormula("1/0");
        error.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        var datedFormula = sheet.getRow(8).getCell(2);
        datedFormula.setCellFormula("DATE(2025,2,1)");
        datedFormula.setCellValue(LocalDate.of(2025, 2, 1));
        datedFormula.setCellStyle(dateStyle);
        // A number styled by its column only, a plain decimal, a boolean typed in.
        sheet.setDefaultColumnStyle(2, dateStyle);
        sheet.getRow(7).createCell(2).setCellValue(45700.0);
        sheet.getRow(9).getCell(0).setCellValue(4.50);
        sheet.getRow(9).getCell(3).setCellValue(false);
        sheet.getRow(9).getCell(2).setCellValue("ต.ค. ๖๗ - ก.ย. ๖๘");
        sheet.getRow(9).getCell(5).setCellFormula("1+1");
        wb.createSheet("เก่า").createRow(0).createCell(0).setCellValue("มาตรการ");
        wb.setSheetHidden(1, true);
        wb.createSheet("ลับ");
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        Sheet second = wb.createSheet("ต่อ");
        String[] header = TestWorkbooks.HEADER;
        Row h = second.createRow(10);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c + 1).setCellValue(header[c]);
        }
        second.createRow(11).createCell(1).setCellValue("5");
        second.getRow(11).createCell(2).setCellValue("อีกแผ่น");
        second.createRow(300).createCell(6).setCellValue("ไกล");
        wb.createSheet("บันทึก").createRow(0).createCell(0).setCellValue("ไม่มีตาราง");
        WorkbookContent content = assertSameContent(TestWorkbooks.save(wb, dir.resolve("f.xlsx")));

        assertThat(content.fiscalYearText()).isEqualTo("พ.ศ. ๒๕๖๘");
        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 7, 8, 9, 10, 12, 301);
        assertThat(content.rows().get(1).cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(content.rows().get(2).text(Column.OUTCOME)).isEqualTo("6");
        assertThat(content.rows().get(2).text(Column.OUTPUT)).isEqualTo("ผลงาน");
        assertThat(content.rows().get(2).cell(Column.PERIOD).date()).as("column style").isNotNull();
        assertThat(content.rows().get(3).text(Column.OUTPUT)).isEqualTo("true");
        assertThat(content.rows().get(3).cell(Column.OUTCOME).error()).isEqualTo("#DIV/0!");
        assertThat(content.rows().get(3).cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(content.rows().get(4).text(Column.MEASURE)).isEqualTo("4.5");
        assertThat(content.sheetNotes()).extracting(WorkbookContent.SheetNote::code)
                .containsExactly("sheet.hidden", "sheet.hidden", "sheet.noTable");
    }

    @Test
    void cellsAsOtherProgramsWriteThemReadTheSame() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "กองคลัง", new String[] {"1", "ขั้นตอน", "", "", "", ""});
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
        wb.getSheetAt(0).setDefaultColumnStyle(2, dateStyle);
        Path valid = TestWorkbooks.save(wb, dir.resolve("valid.xlsx"));
        // Written by hand as Excel, LibreOffice and other tools may store cells: inline rich text
        // with a phonetic run, a string formula, a number styled by its column only, a cell
        // without a reference, a formula without a cached value, cached errors, an array
        // formula over a cell with no value, a data table cell, shared formulas, booleans.
        String rows = "<row r=\"5\">"
                + "<c r=\"A5\" t=\"inlineStr\"><is><r><t>๑</t></r><r><t xml:space=\"preserve\">. มาตรการ</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></is></c>"
                + "<c r=\"B5\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab_x000D_cd</v></c>"
                + "<c r=\"C5\"><v>45700</v></c>"
                + "<c t=\"s\"><v>0</v></c>"
                + "<c r=\"E5\"><f>1+1</f></c>"
                + "<c r=\"F5\" t=\"e\"><f>NA()</f><v>#N/A</v></c></row>"
                + "<row r=\"6\">"
                + "<c r=\"A6\"><f t=\"array\" ref=\"A6:B6\">{1,2}</f><v>1</v></c><c r=\"B6\"/>"
                + "<c r=\"C6\" t=\"s\"><v>999</v></c>"
                + "<c r=\"D6\"><f t=\"dataTable\" ref=\"D6\" dt2D=\"0\" dtr=\"0\" r1=\"A1\"/><v>7</v></c>"
                + "<c r=\"E6\" t=\"b\"><v>1</v></c>"
                + "<c r=\"F6\" t=\"inlineStr\"><is><t>ผลลัพธ์ _x0041_</t></is></c></row>"
                + "<row r=\"7\"><c r=\"A7\"><f t=\"shared\" ref=\"A7:B7\" si=\"0\">1+1</f><v>2</v></c>"
                + "<c r=\"B7\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c r=\"C7\" t=\"n\"><v></v></c>"
                + "<c r=\"D7\" t=\"b\"><f>1=2</f><v>0</v></c><c r=\"E7\" t=\"e\"><v>#DIV/0!</v></c></row>";
        Path file = rewrite(valid, dir.resolve("handmade.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</sheetData>", rows + "</sheetData>"));

        WorkbookContent content = assertSameContent(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5, 6, 7);
        TableRow handmade = content.rows().get(1);
        assertThat(handmade.text(Column.MEASURE)).isEqualTo("๑. มาตรการ");
        assertThat(handmade.cell(Column.PERIOD).date()).as("styled by its column").isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(handmade.cell(Column.RESPONSIBLE).ref()).isEqualTo("D5");
        assertThat(handmade.text(Column.OUTPUT)).as("a formula without a cached value").isEqualTo("0");
        assertThat(handmade.cell(Column.OUTCOME).error()).isEqualTo("#N/A");
        assertThat(content.rows().get(2).text(Column.STEPS)).as("inside an array formula").isEqualTo("0");
        assertThat(content.rows().get(2).text(Column.OUTPUT)).isEqualTo("true");

        Path unknownError = rewrite(valid, dir.resolve("unknown-error.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</sheetData>", "<row r=\"5\"><c r=\"B5\" t=\"e\"><v>#WHAT?</v></c></row></sheetData>"));
        assertSameRejection(unknownError);
    }

    @Test
    void inlineStringsAsSxssfWritesThemReadTheSame() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            TestWorkbooks.simple(wb, "กองช่าง",
                    new String[] {"๑", "ขั้นตอน _x000D_ ที่หนึ่ง", "ก.พ. - ก.ย. ๒๕๖๘", "", "ผล", ""},
                    new String[] {"", "", "", "", "", ""},
                    new String[] {"๒", "  ", "", "", "", "ผลลัพธ์"});
            Path file = dir.resolve("sxssf.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            assertThat(assertSameContent(file).rows()).hasSize(2);
        }
    }

    @Test
    void headersNotFoundOrPartlyFoundReadTheSame() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row partial = wb.createSheet("ขาด").createRow(0);
        String[] some = {"มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ผลการดำเนินการ"};
        for (int c = 0; c < some.length; c++) {
            partial.createCell(c).setCellValue(some[c]);
        }
        assertSameRejection(TestWorkbooks.save(wb, dir.resolve("m.xlsx")));

        // A header below the rows searched is not a header, in either reader.
        XSSFWorkbook deep = new XSSFWorkbook();
        Sheet sheet = deep.createSheet("ลึก");
        for (int r = 0; r < 45; r++) {
            sheet.createRow(r).createCell(0).setCellValue("หมายเหตุ " + r);
        }
        Row header = sheet.createRow(45);
        for (int c = 0; c < TestWorkbooks.HEADER.length; c++) {
            header.createCell(c).setCellValue(TestWorkbooks.HEADER[c]);
        }
        assertSameRejection(TestWorkbooks.save(deep, dir.resolve("deep.xlsx")));

        // The lowest two-row header still searched: its second row is row 42.
        for (int start : new int[] {39, 40}) {
            XSSFWorkbook low = new XSSFWorkbook();
            Sheet s = low.createSheet("ต่ำ");
            Row top = s.createRow(start);
            Row sub = s.createRow(start + 1);
            for (int c = 0; c < 4; c++) {
                top.createCell(c).setCellValue(TestWorkbooks.HEADER[c]);
            }
            top.createCell(4).setCellValue("ผลการดำเนินงาน");
            sub.createCell(4).setCellValue("ผลผลิต (output)");
            sub.createCell(5).setCellValue("ผลลัพธ์");
            s.createRow(start + 2).createCell(1).setCellValue("จัดประชุมชี้แจง");
            s.createRow(start + 3).createCell(1).setCellValue("อีกขั้นตอน");
            assertThat(assertSameContent(TestWorkbooks.save(low, dir.resolve("low" + start + ".xlsx"))).rows())
                    .extracting(TableRow::rowNumber).containsExactly(start + 3, start + 4);
        }
    }

    @Test
    void aWorksheetWithoutSheetDataIsRejectedTheSame() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("แผนภูมิ");
        TestWorkbooks.simple(wb, "กองคลัง", new String[] {"1", "ขั้นตอน", "", "", "", ""});
        Path valid = TestWorkbooks.save(wb, dir.resolve("valid.xlsx"));
        Path file = rewrite(valid, dir.resolve("no-rows.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll("<sheetData\\s*/>|<sheetData>.*</sheetData>", ""));

        assertSameRejection(file);
    }

    @Test
    void aSheetWithTooManyRowsIsRejectedTheSame() throws Exception {
        WorkbookReader capped = new WorkbookReader(limitRows(20));
        String[][] rows = new String[30][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {"1", "ขั้นตอน " + r, "", "", "", ""};
        }
        Path file = TestWorkbooks.xlsx(dir.resolve("long.xlsx"), "กองคลัง", rows);

        WorkbookRejectedException streamed = rejection(() -> capped.readStreaming(file));
        WorkbookRejectedException usermodel = rejection(() -> capped.readWithUsermodel(file));

        assertThat(streamed.code()).isEqualTo("file.tooManyRows");
        assertThat(streamed.details()).isEqualTo(usermodel.details()).containsExactly("รายงาน", 20);
        // Within the limit both read it all: the limit counts the table's rows, not the label and header rows.
        WorkbookReader roomy = new WorkbookReader(limitRows(30));
        assertThat(roomy.readStreaming(file)).isEqualTo(roomy.readWithUsermodel(file));
        assertThat(roomy.readStreaming(file).rows()).hasSize(30);
    }

    @Test
    void theStreamingReaderStopsAtTheRowOverTheLimitWithoutReadingTheRest() throws Exception {
        String[][] rows = new String[80][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {"1", "ขั้นตอน " + r, "", "", "", ""};
        }
        Path valid = TestWorkbooks.xlsx(dir.resolve("valid.xlsx"), "กองคลัง", rows);
        // Broken XML after row 65: only a reader that stops before it gets to the row count.
        Path broken = rewrite(valid, dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<row r=\"66\"", "<oops><row r=\"66\""));
        WorkbookReader capped = new WorkbookReader(limitRows(60));

        WorkbookRejectedException streamed = rejection(() -> capped.read(broken));

        assertThat(streamed.code()).isEqualTo("file.tooManyRows");
        assertThat(streamed.details()).containsExactly("รายงาน", 60);
        assertThat(rejection(() -> capped.readWithUsermodel(broken)).code()).isEqualTo("file.unreadable");
    }

    @Test
    void aSheetWithoutATableIsLeftAfterItsTopRows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet notes = wb.createSheet("บันทึก");
        for (int r = 0; r < 100; r++) {
            notes.createRow(r).createCell(0).setCellValue("บันทึก " + r);
        }
        TestWorkbooks.simple(wb, "กองคลัง", new String[] {"1", "ขั้นตอน", "", "", "", ""});
        Path valid = TestWorkbooks.save(wb, dir.resolve("notes.xlsx"));
        Path broken = rewrite(valid, dir.resolve("notes-broken.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<row r=\"60\"", "<oops><row r=\"60\""));

        WorkbookContent content = reader.read(broken);

        WorkbookContent whole = reader.readWithUsermodel(valid);
        assertThat(content).isEqualTo(new WorkbookContent(broken, whole.format(), whole.department(),
                whole.fromFileName(), whole.fiscalYearText(), whole.rows(), whole.sheetNotes()));
        assertThat(content.sheetNotes()).extracting(WorkbookContent.SheetNote::code).containsExactly("sheet.noTable");
    }

    @Test
    void templatesTheJobWritesReadTheSame() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        JobDefinition definition = new JobDefinitionLoader().load(Path.of("jobs/natorn-2568.yml"));
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DepartmentTemplate(messages).write(definition, definition.departments().get(0), out);
        }
        XSSFWorkbook filled;
        try (var in = Files.newInputStream(file)) {
            filled = new XSSFWorkbook(in);
        }
        Sheet report = filled.getSheetAt(0);
        int last = report.getLastRowNum();
        Row row = report.createRow(last + 1);
        row.createCell(0).setCellValue("๑");
        row.createCell(1).setCellValue("ขั้นตอน");
        Path filledFile = TestWorkbooks.save(filled, dir.resolve("filled.xlsx"));

        assertSameContent(file);
        assertSameContent(filledFile);
    }

    // ---------------------------------------------------------------------------------------

    private WorkbookContent assertSameContent(Path file) {
        WorkbookContent usermodel = reader.readWithUsermodel(file);
        WorkbookContent streamed = reader.readStreaming(file);
        assertThat(streamed.rows()).as(file + ": rows").containsExactlyElementsOf(usermodel.rows());
        assertThat(streamed.sheetNotes()).as(file + ": notes").containsExactlyElementsOf(usermodel.sheetNotes());
        assertThat(streamed).as(file.toString()).isEqualTo(usermodel);
        assertThat(reader.read(file)).as("read() streams " + file).isEqualTo(streamed);
        OdsTwin.assertReadsTheSame(file, usermodel);
        return streamed;
    }

    private void assertSameRejection(Path file) {
        WorkbookRejectedException usermodel = rejection(() -> reader.readWithUsermodel(file));
        WorkbookRejectedException streamed = rejection(() -> reader.readStreaming(file));
        assertThat(streamed.code()).as(file.toString()).isEqualTo(usermodel.code());
        if (!streamed.code().equals("file.unreadable")) {
            assertThat(streamed.details()).as(file.toString()).isEqualTo(usermodel.details());
        }
        assertThat(rejection(() -> reader.read(file)).code()).isEqualTo(usermodel.code());
    }

    private static String code(Runnable read) {
        return rejection(read).code();
    }

    private static WorkbookRejectedException rejection(Runnable read) {
        List<WorkbookRejectedException> caught = new ArrayList<>();
        assertThatThrownBy(read::run).isInstanceOfSatisfying(WorkbookRejectedException.class, caught::add);
        return caught.get(0);
    }

    private static IntakeLimits limitRows(int rows) {
        IntakeLimits d = IntakeLimits.DEFAULTS;
        return new IntakeLimits(d.maxFileBytes(), rows, d.maxCellLength(), d.minInflateRatio(), d.maxEntryBytes(),
                d.maxTextChars());
    }

    private static Path rewrite(Path source, Path target, String entryName,
                                java.util.function.UnaryOperator<String> change) throws IOException {
        return TestWorkbooks.rewrite(source, target, entryName, change);
    }
}
