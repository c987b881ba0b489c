package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.ita.report.intake.OdsFiles.cell;
import static th.ita.report.intake.OdsFiles.content;
import static th.ita.report.intake.OdsFiles.empty;
import static th.ita.report.intake.OdsFiles.row;
import static th.ita.report.intake.OdsFiles.rows;
import static th.ita.report.intake.OdsFiles.table;
import static th.ita.report.intake.OdsFiles.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.validation.Finding;
import th.ita.report.validation.Submission;
import th.ita.report.validation.SubmissionValidator;

/**
 * LibreOffice Calc's own format read as a department workbook: the forms LibreOffice writes (repeat
 * counts to the sheet's end, merged cells, paragraphs, typed values, cached formula results and
 * errors, hidden sheets), and every way an .ods can be unusable, each rejected with its reason.
 * The grids the .xlsx tests make are read from their .ods twins by the parity tests ({@link OdsTwin}).
 */
class OdsWorkbookReaderTest {

    static final String HEADER_ROW = header(0);

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a reader expanding the empty repeats would never finish
    void repeatCountsToTheSheetsEndCostNothingAndFilledRepeatsAreReadCellByCell() throws Exception {
        // As LibreOffice saves any sheet: each row filled with empty cells to column XFD, empty rows
        // to row 1,048,576; equal neighbouring cells and equal rows stored once.
        Path file = ods("repeats.ods", table("รายงาน",
                row(text("ส่วนราชการ"), text("กองคลัง"), empty(16_382)),
                row(empty(16_384)),
                HEADER_ROW,
                row(text("1"), text("ขั้นตอน"), empty(1), repeated(text("กองคลัง"), 2), text("ผลลัพธ์"), empty(16_378)),
                rows(2, text("2"), text("ซ้ำกันสองแถว"), empty(16_382)),
                rows(1_048_570, empty(16_384)),
                row(empty(16_384))));

        WorkbookContent content = reader.read(file);

        assertThat(content.format()).isEqualTo("ods");
        assertThat(content.department()).isEqualTo("กองคลัง");
        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5, 6);
        TableRow first = content.rows().get(0);
        assertThat(List.of(first.cell(Column.RESPONSIBLE), first.cell(Column.OUTPUT)))
                .containsExactly(new CellValue("D4", "กองคลัง", null, null), new CellValue("E4", "กองคลัง", null, null));
        assertThat(content.rows().get(2).cell(Column.STEPS)).isEqualTo(new CellValue("B6", "ซ้ำกันสองแถว", null, null));
        assertThat(content.sheetNotes()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFilledCellRepeatedOverTheWholeSheetIsRefusedNotExpanded() throws Exception {
        // A few hundred bytes that would be 17 billion cells: a whole row filled, repeated to the sheet's end.
        Path file = ods("filled.ods", table("รายงาน", row(text("ส่วนราชการ"), text("กองคลัง")), HEADER_ROW,
                row(text("1"), text("ขั้นตอน")), rows(1_048_573, repeated(text("x"), 16_384))));

        WorkbookRejectedException rejected = rejection(file);

        assertThat(rejected.code()).isEqualTo("file.odsTooManyCells");
        assertThat(rejected.details()).containsExactly(OdsWorkbookReader.cellBudget(IntakeLimits.DEFAULTS)).containsExactly(1_000_000L);
    }

    @Test
    void theRowLimitCountsRepeatedRowsWithContent() throws Exception {
        IntakeLimits d = IntakeLimits.DEFAULTS;
        WorkbookReader capped = new WorkbookReader(new IntakeLimits(d.maxFileBytes(), 60, d.maxCellLength(),
                d.minInflateRatio(), d.maxEntryBytes(), d.maxTextChars()));
        Path sixty = ods("sixty.ods", table("รายงาน", HEADER_ROW, rows(60, text("1"), text("ขั้นตอน")), rows(1_000_000, empty(16_384))));
        Path more = ods("more.ods", table("รายงาน", HEADER_ROW, rows(61, text("1"), text("ขั้นตอน"))));

        assertThat(capped.read(sixty).rows()).hasSize(60).last().extracting(TableRow::rowNumber).isEqualTo(61);
        assertThatThrownBy(() -> capped.read(more)).isInstanceOfSatisfying(WorkbookRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("file.tooManyRows");
            assertThat(e.details()).containsExactly("รายงาน", 60);
        });
    }

    @Test
    void contentBeyondTheLastColumnAnExcelSheetHasIsRefused() throws Exception {
        Path file = ods("wide.ods", table("รายงาน", HEADER_ROW, row(text("1"), empty(16_383), text("เกิน"))));

        WorkbookRejectedException rejected = rejection(file);

        assertThat(rejected.code()).isEqualTo("file.odsUnreadable");
        assertThat(rejected.details()).singleElement().asString().contains("16384");
    }

    @Test
    void aMergedMeasureCellContinuesTheMeasureAboveAsInAnXlsx() throws Exception {
        Path file = ods("merged.ods", table("รายงาน", row(text("ส่วนราชการ"), text("กองคลัง")), HEADER_ROW,
                row(cell("table:number-rows-spanned=\"3\" office:value-type=\"string\"", "๑"), text("ขั้นตอนแรก"), empty(2),
                        text("ผลแรก")),
                row("<table:covered-table-cell/>", text("ขั้นตอนสอง")),
                row("<table:covered-table-cell/>", empty(3), text("ผลสาม"))));
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = TestWorkbooks.grid(wb, "รายงาน", new String[] {"ส่วนราชการ", "กองคลัง"}, TestWorkbooks.HEADER,
                new String[] {"๑", "ขั้นตอนแรก", null, null, "ผลแรก"}, new String[] {null, "ขั้นตอนสอง"},
                new String[] {null, null, null, null, "ผลสาม"});
        sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
        Path xlsx = TestWorkbooks.save(wb, dir.resolve("merged.xlsx"));

        WorkbookContent content = reader.read(file);
        Submission validated = validate(file, content);

        OdsTwin.assertSameContent(content, reader.read(xlsx), "merged.ods");
        assertThat(content.rows()).extracting(r -> r.cell(Column.MEASURE)).containsExactly(
                new CellValue("A3", "๑", null, null), CellValue.empty("A4"), CellValue.empty("A5"));
        assertThat(validated.rowsAccepted()).isEqualTo(3);
        assertThat(validated.contributions()).singleElement().satisfies(c -> {
            assertThat(c.measure().number()).isEqualTo(1);
            assertThat(c.firstRow()).isEqualTo(3);
            assertThat(c.outputs().toString()).contains("ผลแรก", "ผลสาม");
        });
    }

    @Test
    void aCellsParagraphsAreItsLinesWithSpacesTabsAndLinksAsShownAndItsCommentLeftOut() throws Exception {
        String steps = "<table:table-cell office:value-type=\"string\">"
                + "<office:annotation><text:p>ความเห็นของผู้ตรวจ</text:p></office:annotation>"
                + "<text:p>๑. <text:span>จัด</text:span><text:s text:c=\"2\"/>ประชุม<text:tab/>(ก.พ.)</text:p>"
                + "<text:p>\n   ๒.   ดู <text:a xlink:href=\"https://example.org\"><text:span>เว็บไซต์</text:span></text:a>"
                + "<text:line-break/>ของหน่วยงาน </text:p><text:p/></table:table-cell>";
        Path file = ods("paragraphs.ods", table("รายงาน", HEADER_ROW, row(text("1"), steps, empty(2), text("  ผล  สอง  "))));

        TableRow row = reader.read(file).rows().get(0);

        assertThat(row.text(Column.STEPS)).isEqualTo("๑. จัด  ประชุม\t(ก.พ.)\n๒. ดู เว็บไซต์\nของหน่วยงาน \n");
        assertThat(row.text(Column.OUTPUT)).isEqualTo("  ผล  สอง  ");
    }

    @Test
    void typedValuesReadAsTheXlsxReaderReadsTheSameCells() throws Exception {
        Path file = ods("types.ods", table("รายงาน", HEADER_ROW,
                row(cell("office:value-type=\"float\" office:value=\"4.5\"", "4.50"),
                        cell("office:value-type=\"percentage\" office:value=\"0.5\"", "50%"),
                        cell("office:value-type=\"date\" office:date-value=\"2025-03-15\"", "15 มี.ค. 2568"),
                        cell("office:value-type=\"currency\" office:currency=\"THB\" office:value=\"1234.5\"", "฿1,234.50"),
                        cell("office:value-type=\"boolean\" office:boolean-value=\"true\"", "TRUE"),
                        cell("office:value-type=\"string\" office:string-value=\"ค่าที่เก็บ\"", "ที่แสดง")),
                row(text("2"), empty(1), cell("office:value-type=\"date\" office:date-value=\"2025-02-01T13:45:00\"", "1/2/25"),
                        empty(1), cell("office:value-type=\"time\" office:time-value=\"PT10H30M00S\"", "10:30"))));

        List<TableRow> rows = reader.read(file).rows();

        TableRow typed = rows.get(0);
        assertThat(typed.text(Column.MEASURE)).isEqualTo("4.5");
        assertThat(typed.text(Column.STEPS)).isEqualTo("0.5");
        assertThat(typed.cell(Column.PERIOD)).isEqualTo(new CellValue("C2", "", LocalDate.of(2025, 3, 15), null));
        assertThat(typed.text(Column.RESPONSIBLE)).isEqualTo("1234.5");
        assertThat(typed.text(Column.OUTPUT)).isEqualTo("true");
        assertThat(typed.text(Column.OUTCOME)).isEqualTo("ค่าที่เก็บ");
        assertThat(rows.get(1).cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 2, 1));
        // A time is a date-formatted fraction of a day, as an .xlsx time cell reads.
        assertThat(rows.get(1).cell(Column.OUTPUT)).isEqualTo(CellReader.number("E3", 0.4375, true));
    }

    @Test
    void formulasAreReadFromTheirCachedResultsAndErrorsAreFindings() throws Exception {
        Path file = ods("formulas.ods", table("รายงาน", row(text("ส่วนราชการ"), text("กองคลัง")), HEADER_ROW,
                row(cell("table:formula=\"of:=1\" office:value-type=\"float\" office:value=\"1\"", "1"),
                        cell("table:formula=\"of:=&quot;ขั้น&quot;&amp;&quot;ตอน&quot;\" office:value-type=\"string\""
                                + " office:string-value=\"ขั้นตอน\"", "ขั้นตอน"),
                        empty(2),
                        // As LibreOffice writes an error, and as OpenOffice did (no calcext type).
                        cell("table:formula=\"of:=[.Z1]\" office:value-type=\"string\" office:string-value=\"\""
                                + " calcext:value-type=\"error\"", "#REF!"),
                        cell("table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\"", "#DIV/0!")),
                row(text("2"), text("ต่อ"), empty(2),
                        cell("table:formula=\"of:=SQRT(-1)\" office:value-type=\"float\" office:value=\"0\""
                                + " calcext:value-type=\"error\"", "Err:502"),
                        // Text that looks like an error is text: typed, or a formula's string result.
                        cell("table:formula=\"of:=&quot;#N/A&quot;\" office:value-type=\"string\" office:string-value=\"#N/A\"", "#N/A")),
                row(text("2"), text("#REF!"))));

        WorkbookContent content = reader.read(file);
        Submission validated = validate(file, content);

        List<TableRow> rows = content.rows();
        assertThat(rows.get(0).text(Column.MEASURE)).isEqualTo("1");
        assertThat(rows.get(0).text(Column.STEPS)).isEqualTo("ขั้นตอน");
        assertThat(List.of(rows.get(0).cell(Column.OUTPUT).error(), rows.get(0).cell(Column.OUTCOME).error(),
                rows.get(1).cell(Column.OUTPUT).error())).containsExactly("#REF!", "#DIV/0!", "Err:502");
        assertThat(rows.get(1).cell(Column.OUTCOME)).isEqualTo(new CellValue("F4", "#N/A", null, null));
        assertThat(rows.get(2).cell(Column.STEPS)).isEqualTo(new CellValue("B5", "#REF!", null, null));
        assertThat(validated.findings()).filteredOn(f -> f.code().equals("cell.formulaError"))
                .extracting(Finding::cell, f -> f.arguments().get(0))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("E3", "#REF!"),
                        org.assertj.core.groups.Tuple.tuple("F3", "#DIV/0!"), org.assertj.core.groups.Tuple.tuple("E4", "Err:502"));
        assertThat(validated.rowsRejected()).isEqualTo(2);
    }

    @Test
    void aFormulaWithoutACachedResultRejectsTheFileSayingWhereAndHowToSaveAsXlsx() throws Exception {
        Path file = ods("uncalculated.ods", table("รายงาน", HEADER_ROW,
                row(text("1"), text("ขั้นตอน"), empty(2), "<table:table-cell table:formula=\"of:=1+1\"/>")));

        WorkbookRejectedException rejected = rejection(file);

        assertThat(rejected.code()).isEqualTo("file.odsFormulaNotCalculated");
        assertThat(rejected.details()).containsExactly("รายงาน", "E2");
    }

    @Test
    void hiddenSheetsAreNotedAndNotReadWhetherTheirStyleIsAutomaticOrCommon() throws Exception {
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + OdsFiles.NAMESPACES
                + "><office:styles><style:style style:name=\"Hidden\" style:family=\"table\">"
                + "<style:table-properties table:display=\"false\"/></style:style></office:styles></office:document-styles>";
        String inherits = "<style:style style:name=\"ta9\" style:family=\"table\" style:parent-style-name=\"Hidden\">"
                + "<style:table-properties style:writing-mode=\"lr-tb\"/></style:style>";
        String data = OdsFiles.grid(new String[] {"ส่วนราชการ", "กองช่าง"}, TestWorkbooks.HEADER, new String[] {"1", "เก่า"});
        String contentXml = content(OdsFiles.hiddenTable("ปีที่แล้ว", data),
                table("รายงาน", row(text("ส่วนราชการ"), text("กองคลัง")), HEADER_ROW, row(text("1"), text("ขั้นตอน"))),
                table("สำรอง", data).replaceFirst("<table:table ", "<table:table table:style-name=\"ta9\" "))
                .replace("</office:automatic-styles>", inherits + "</office:automatic-styles>");
        Path file = OdsFiles.write(dir.resolve("hidden.ods"), Map.of("content.xml", contentXml, "styles.xml", styles));

        WorkbookContent content = reader.read(file);

        assertThat(content.department()).isEqualTo("กองคลัง");
        assertThat(content.rows()).extracting(r -> r.text(Column.STEPS)).containsExactly("ขั้นตอน");
        assertThat(content.sheetNotes()).containsExactly(new WorkbookContent.SheetNote("ปีที่แล้ว", "sheet.hidden"),
                new WorkbookContent.SheetNote("สำรอง", "sheet.hidden"));
    }

    @Test
    void unusableFilesAreRejectedEachWithItsReason() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE office:document-content ["
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + content(table("รายงาน", HEADER_ROW, row(text("1"), "<table:table-cell><text:p>&xxe;</text:p></table:table-cell>")))
                        .replaceFirst("^<\\?xml[^>]*>", "");
        byte[] padding = new byte[40 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        // A LibreOffice Writer document named .ods.
        Path textDocument = OdsFiles.write(dir.resolve("letter.ods"), "application/vnd.oasis.opendocument.text",
                Map.of("content.xml", content()));

        assertThat(rejection(OdsFiles.encrypted(dir.resolve("password.ods"))).code()).isEqualTo("file.encrypted");
        assertThat(rejection(OdsFiles.truncated(dir.resolve("half.ods"))).code()).isEqualTo("file.odsUnreadable");
        assertThat(rejection(Files.writeString(dir.resolve("notes.ods"), "not a spreadsheet")).code()).isEqualTo("file.odsUnreadable");
        assertThat(rejection(textDocument).code()).isEqualTo("file.odsUnreadable");
        assertThat(rejection(OdsFiles.write(dir.resolve("bomb.ods"), content(table("รายงาน", HEADER_ROW))
                .replace("<office:body>", "<office:body>" + new String(padding, java.nio.charset.StandardCharsets.US_ASCII))))
                .code()).isEqualTo("file.zipBomb");
        WorkbookRejectedException unsafe = rejection(OdsFiles.write(dir.resolve("xxe.ods"), xxe));
        assertThat(unsafe.code()).isEqualTo("file.unsafeXml");
        assertThat(rejection(Files.writeString(dir.resolve("xxe.fods"), flat(xxe))).code()).isEqualTo("file.unsafeXml");
        assertThat(String.valueOf(unsafe.details())).doesNotContain("TOP-SECRET");
        assertThat(rejection(OdsFiles.write(dir.resolve("no-table.ods"), content(table("บันทึก", row(text("ไม่มีตาราง"))))))
                .code()).isEqualTo("file.noTable");
    }

    @Test
    void theFlatFormatTheTemplateAndAMisnamedFileReadTheSameAsTheOds() throws Exception {
        String contentXml = content(table("รายงาน", row(text("ส่วนราชการ"), text("กองคลัง")), HEADER_ROW,
                row(text("1"), text("ขั้นตอน"), cell("office:value-type=\"date\" office:date-value=\"2025-03-15\"", "15/3/68"))));
        Path ods = OdsFiles.write(dir.resolve("กองคลัง.ods"), contentXml);
        WorkbookContent expected = reader.read(ods);
        Path fods = Files.writeString(Files.createDirectories(dir.resolve("fods")).resolve("กองคลัง.fods"), flat(contentXml));
        Path ots = OdsFiles.write(Files.createDirectories(dir.resolve("ots")).resolve("กองคลัง.ots"),
                OdsWorkbookReader.SPREADSHEET + "-template", Map.of("content.xml", contentXml));
        Path misnamed = Files.copy(ods, Files.createDirectories(dir.resolve("misnamed")).resolve("กองคลัง.xlsx"));
        Path xlsx = TestWorkbooks.xlsx(dir.resolve("real.xlsx"), "กองคลัง", new String[] {"1", "ขั้นตอน"});
        Path xlsxNamedOds = Files.copy(xlsx, Files.createDirectories(dir.resolve("xlsx")).resolve("กองคลัง.ods"));

        assertThat(expected.rows()).singleElement().extracting(r -> r.cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 3, 15));
        WorkbookContent flat = reader.read(fods);
        OdsTwin.assertSameContent(flat, expected, "fods");
        assertThat(flat.format()).isEqualTo("fods");
        OdsTwin.assertSameContent(reader.read(ots), expected, "ots");
        assertThat(reader.read(misnamed).format()).isEqualTo("ods");
        assertThat(reader.read(xlsxNamedOds).format()).isEqualTo("xlsx");
    }

    // ---------------------------------------------------------------------------------------

    /** The six headings in one row, from column {@code first}, empty cells to the sheet's end. */
    static String header(int first) {
        StringBuilder cells = new StringBuilder(empty(first));
        for (String heading : TestWorkbooks.HEADER) {
            cells.append(text(heading));
        }
        return row(cells + empty(OdsFiles.COLUMNS - first - TestWorkbooks.HEADER.length));
    }

    private Path ods(String name, String... tables) throws IOException {
        return OdsFiles.write(dir.resolve(name), content(tables));
    }

    private static String repeated(String cell, int count) {
        return cell.replaceFirst("^<table:table-cell", "<table:table-cell table:number-columns-repeated=\"" + count + "\"");
    }

    /** A flat .fods of the same content: one XML file, its root naming its media type. */
    private static String flat(String contentXml) {
        return contentXml.replace("<office:document-content", "<office:document office:mimetype=\"" + OdsWorkbookReader.SPREADSHEET + "\"")
                .replace("</office:document-content>", "</office:document>");
    }

    private WorkbookRejectedException rejection(Path file) {
        List<WorkbookRejectedException> caught = new ArrayList<>();
        assertThatThrownBy(() -> reader.read(file)).as(file.toString())
                .isInstanceOfSatisfying(WorkbookRejectedException.class, caught::add);
        return caught.get(0);
    }

    private static Submission validate(Path file, WorkbookContent content) throws IOException {
        SubmissionValidator validator = new SubmissionValidator(new JobDefinitionLoader().load(Path.of("jobs/natorn-2568.yml")));
        return validator.validate(new InputFile(file, Instant.now(), Files.size(file), InputFile.Decision.CANDIDATE, null), content);
    }
}
