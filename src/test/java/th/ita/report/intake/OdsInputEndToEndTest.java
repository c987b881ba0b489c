package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.report.intake.OdsFiles.content;
import static th.ita.report.intake.OdsFiles.row;
import static th.ita.report.intake.OdsFiles.rows;
import static th.ita.report.intake.OdsFiles.table;
import static th.ita.report.intake.OdsFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * The job on the sample workbooks beside .ods files, good and unusable: the good one is compiled
 * with the others, each unusable one gets its Thai reason saying what to do in LibreOffice, and
 * none stops the rest.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:ods"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OdsInputEndToEndTest {

    @Autowired
    CompileRun compiler;

    ExitCode exit;
    String console;
    JsonNode report;
    final Map<String, JsonNode> files = new HashMap<>();

    @BeforeAll
    void compileAFolderWithOdsFiles(@TempDir Path work) throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        OdsFiles.write(input.resolve("กองสาธารณสุข.ods"), content(table("รายงาน",
                row(text("ส่วนราชการ"), text("กองสาธารณสุขและสิ่งแวดล้อม")), OdsWorkbookReaderTest.HEADER_ROW,
                row(text("๑"), text("ขั้นตอน"), text("ก.พ. - ก.ย. ๒๕๖๘"), text("กองสาธารณสุขฯ"), text("ผล\nผลที่สอง"), text("ผลลัพธ์")),
                row(OdsFiles.empty(1), text("ขั้นตอนต่อ")))));
        OdsFiles.encrypted(input.resolve("รหัสผ่าน.ods"));
        OdsFiles.truncated(input.resolve("ครึ่งไฟล์.ods"));
        OdsFiles.write(input.resolve("สูตร.ods"), content(table("รายงาน", OdsWorkbookReaderTest.HEADER_ROW,
                row(text("1"), "<table:table-cell table:formula=\"of:=A1\"/>"))));
        OdsFiles.write(input.resolve("ทั้งแผ่น.ods"), content(table("รายงาน", OdsWorkbookReaderTest.HEADER_ROW,
                rows(1_048_575, "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">"
                        + "<text:p>-</text:p></table:table-cell>"))));
        Files.writeString(input.resolve(".~lock.กองคลัง.ods#"), "lock");
        Files.writeString(input.resolve("คำสั่ง.odt"), "not a workbook");

        TestConsole out = new TestConsole();
        exit = compiler.compile(new CompileRun.Request(input, work.resolve("output"), Path.of("jobs/natorn-2568.yml"), null), out)
                .exitCode();
        console = out.text();
        report = JsonMapper.builder().build().readTree(work.resolve("output/report.json").toFile());
        report.get("files").forEach(f -> files.put(f.get("file").asString(), f));
    }

    @Test
    void theGoodOdsIsCompiledAndEachUnusableOneHasItsReason() {
        assertThat(exit).as(console).isEqualTo(ExitCode.OK);
        assertThat(files).as("every entry of the input folder").hasSize(11);
        assertThat(files.get("กองสาธารณสุข.ods").get("status").asString()).isEqualTo("read");
        assertThat(files.get("กองสาธารณสุข.ods").get("rowsAccepted").asInt()).isEqualTo(2);
        assertReason("รหัสผ่าน.ods", "rejected", "รหัสผ่าน");
        assertReason("ครึ่งไฟล์.ods", "rejected", "เสียหาย", "LibreOffice Calc", "Excel 2007-365 (.xlsx)");
        assertThat(files.get("ครึ่งไฟล์.ods").get("reason").asString()).as("no folder of the machine").doesNotContain("/");
        assertReason("สูตร.ods", "rejected", "B2", "ไม่คำนวณสูตรเอง", "Excel 2007-365 (.xlsx)");
        assertReason("ทั้งแผ่น.ods", "rejected", "๑๐๐๐๐๐๐", "นอกตาราง", ".xlsx");
        assertReason(".~lock.กองคลัง.ods#", "ignored", "LibreOffice");
        assertReason("คำสั่ง.odt", "ignored", "LibreOffice Calc (.xlsx, .xlsm, .xls, .ods)");
        for (String sample : new String[] {"สำนักปลัด.xlsx", "กองคลัง.xlsx", "กองช่าง.xls", "กองการศึกษา ศาสนาและวัฒนธรรม.xlsm"}) {
            assertThat(files.get(sample).get("status").asString()).as(sample).isEqualTo("read");
        }
        assertThat(report.get("measures").get(0).get("departments").toString()).contains("กองสาธารณสุขและสิ่งแวดล้อม");
    }

    private void assertReason(String file, String status, String... parts) {
        JsonNode f = files.get(file);
        assertThat(f).as(file).isNotNull();
        assertThat(f.get("status").asString()).as(file).isEqualTo(status);
        assertThat(f.get("reason").asString()).as(file).contains(parts);
    }
}
