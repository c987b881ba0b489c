package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.SampleInput;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.text.Numerals;

/**
 * One folder holding the four valid sample workbooks beside every kind of bad file: the valid
 * ones are compiled, each bad one gets its reason, every row is accounted for, and nothing a
 * workbook says reaches the published page unescaped.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:hostile"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputEndToEndTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String TEMPLATE = "${7*7} [[${7*7}]] {{7*7}} *{7*7} __${7*7}__";
    static final String MARKUP = "<img src=x onerror=alert(1)> \" onmouseover=\"alert(2)";
    static final String BIDI = "\u202Eevil\u202C";

    @Autowired
    CompileRun compiler;

    Path output;
    JsonNode json;
    Map<String, JsonNode> files = new HashMap<>();
    ExitCode exit;
    String console;

    @BeforeAll
    void runTheJobOnAMixedFolder(@TempDir Path work) throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        output = work.resolve("output");

        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-7f3a");
        TestWorkbooks.encrypted(input.resolve("encrypted.xlsx"));
        TestWorkbooks.truncated(input.resolve("truncated.xlsx"));
        TestWorkbooks.zipBomb(input.resolve("bomb.xlsx"));
        TestWorkbooks.xxe(input.resolve("xxe.xlsx"), secret);
        Files.writeString(input.resolve("notes.xlsx"), "this is not a spreadsheet");
        Files.createFile(input.resolve("empty.xlsx"));
        Files.writeString(input.resolve("~$กองคลัง.xlsx"), "lock");
        Files.writeString(input.resolve(".~lock.กองคลัง.xlsx#"), "lock");
        Files.writeString(input.resolve(".hidden.xlsx"), "hidden");
        Files.writeString(input.resolve("คำสั่ง.pdf"), "%PDF-1.4");
        Files.createDirectories(input.resolve("เก่า"));
        XSSFWorkbook noTable = new XSSFWorkbook();
        noTable.createSheet("บันทึก").createRow(0).createCell(0).setCellValue("ไม่มีตาราง");
        TestWorkbooks.save(noTable, input.resolve("no-table.xlsx"));
        var lastYear = TestWorkbooks.simple(new XSSFWorkbook(), "กองสวัสดิการสังคม",
                new String[] {"1", "ขั้นตอน", "", "", "ผล", ""});
        lastYear.getSheetAt(0).createRow(1).createCell(0).setCellValue("ปีงบประมาณ ๒๕๖๗");
        TestWorkbooks.save(lastYear, input.resolve("last-year.xlsx"));
        // An older copy of กองคลัง's workbook: the newer sample must win.
        Path older = TestWorkbooks.xlsx(input.resolve("กองคลัง-เก่า.xlsx"), "กองคลัง",
                new String[] {"1", "ขั้นตอนฉบับเก่า", "", "", "ผล", ""});
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        TestWorkbooks.xls(input.resolve("health.xlsx"), "กองสาธารณสุขและสิ่งแวดล้อม",
                new String[] {"1", SCRIPT + " " + TEMPLATE, "ก.พ. 2568", "", MARKUP + " " + BIDI, "=1+1"},
                new String[] {"๘", "มาตรการที่ไม่มี", "", "", "ผล", ""},
                new String[] {"", "ต่อจากแถวที่ไม่รับ", "", "", "", ""},
                new String[] {SCRIPT + TEMPLATE, "ขั้นตอน", "", "", "ผล", ""});

        TestConsole out = new TestConsole();
        exit = compiler.compile(new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null), out)
                .exitCode();
        console = out.text();
        json = JsonMapper.builder().build().readTree(output.resolve("report.json").toFile());
        json.get("files").forEach(f -> files.put(f.get("file").asString(), f));
    }

    @Test
    void theValidWorkbooksAreCompiledAndEachBadFileHasItsReason() {
        assertThat(exit).as(console).isEqualTo(ExitCode.OK);
        assertThat(files).as("every entry of the input folder").hasSize(19);
        assertStatus("สำนักปลัด.xlsx", "read", null);
        assertStatus("กองคลัง.xlsx", "read", null);
        assertStatus("กองช่าง.xls", "read", null);
        assertStatus("กองการศึกษา ศาสนาและวัฒนธรรม.xlsm", "read", null);
        assertStatus("health.xlsx", "read", null);
        assertStatus("encrypted.xlsx", "rejected", "รหัสผ่าน");
        assertStatus("truncated.xlsx", "rejected", "เสียหาย");
        assertStatus("notes.xlsx", "rejected", "ไม่ใช่ไฟล์ Excel");
        assertStatus("empty.xlsx", "rejected", "ว่างเปล่า");
        assertStatus("bomb.xlsx", "rejected", "บีบอัดผิดปกติ");
        assertStatus("xxe.xlsx", "rejected", "XML ที่ไม่ปลอดภัย");
        assertStatus("no-table.xlsx", "rejected", "ไม่พบตาราง");
        assertStatus("last-year.xlsx", "rejected", "๒๕๖๗");
        assertStatus("~$กองคลัง.xlsx", "ignored", "Microsoft Office");
        assertStatus(".~lock.กองคลัง.xlsx#", "ignored", "LibreOffice");
        assertStatus(".hidden.xlsx", "ignored", "ไฟล์ซ่อน");
        assertStatus("คำสั่ง.pdf", "ignored", "ไม่ใช่ไฟล์ Excel");
        assertStatus("เก่า", "ignored", "โฟลเดอร์");
        assertStatus("กองคลัง-เก่า.xlsx", "ignored", "กองคลัง.xlsx");
    }

    @Test
    void everyRowIsAccountedFor() {
        int read = 0;
        for (JsonNode f : json.get("files")) {
            assertThat(f.get("rowsRead").asInt()).as(f.get("file").asString())
                    .isEqualTo(f.get("rowsAccepted").asInt() + f.get("rowsRejected").asInt());
            read += f.get("rowsRead").asInt();
        }
        JsonNode totals = json.get("totals");
        assertThat(totals.get("rowsRead").asInt()).isEqualTo(read)
                .isEqualTo(totals.get("rowsAccepted").asInt() + totals.get("rowsRejected").asInt());
        assertThat(files.get("health.xlsx").get("rowsRejected").asInt()).isEqualTo(3);
        assertThat(json.get("rejectedRows").size()).isEqualTo(totals.get("rowsRejected").asInt());
        assertThat(json.get("rejectedRows")).extracting(r -> r.get("cell").asString()).contains("A5", "A6");
    }

    @Test
    void nothingFromAWorkbookReachesThePageUnescaped() throws Exception {
        String html = Files.readString(output.resolve("report.html"));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, [onerror], [onmouseover]")).isEmpty();
        // Digits are published in the office's style (Thai); compare digit-neutrally.
        String text = Numerals.toArabic(page.text());
        assertThat(text).contains(SCRIPT).contains(TEMPLATE).contains("onerror=alert(1)").contains("=1+1");
        // Direction overrides would reorder the published text: they are dropped, and the department is told.
        assertThat(html).doesNotContain("TOP-SECRET").doesNotContain("\u202E").contains("evil");
        assertThat(json.get("warnings")).extracting(w -> w.get("code").asString()).contains("text.controlCharacters");
        assertThat(Files.readString(output.resolve("report.json"))).doesNotContain("TOP-SECRET");
    }

    @Test
    void theDepartmentsValidationReportNamesEveryProblemAndEscapesIt() throws Exception {
        Document page = Jsoup.parse(output.resolve("validation.html").toFile(), "UTF-8");

        assertThat(page.select("script, img, [onerror], [src], [href^=http]")).isEmpty();
        String text = page.text();
        assertThat(text).contains(SCRIPT + TEMPLATE);
        for (String file : List.of("encrypted.xlsx", "bomb.xlsx", "xxe.xlsx", "last-year.xlsx", "health.xlsx", "กองคลัง-เก่า.xlsx")) {
            assertThat(text).as("validation.html names %s", file).contains(file);
        }
        assertThat(text).doesNotContain("TOP-SECRET");
        try (var in = Files.newInputStream(output.resolve("validation.xlsx"));
             var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
            boolean quoted = false;
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                        quoted |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().contains(SCRIPT);
                    }
                }
            }
            assertThat(quoted).as("the rejected measure cell is quoted in validation.xlsx").isTrue();
        }
    }

    private void assertStatus(String file, String status, String reasonPart) {
        assertThat(files).as("files in report.json").containsKey(file);
        JsonNode f = files.get(file);
        assertThat(f.get("status").asString()).as(file).isEqualTo(status);
        if (reasonPart != null) {
            assertThat(f.get("reason").asString()).as(file).contains(reasonPart);
        }
    }
}
