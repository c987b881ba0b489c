package th.ita.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.TestConsole;
import th.ita.report.cli.Launcher;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * The template command writes a workbook per expected department; two of them, filled in with
 * POI the way a department fills them in Excel (a measure picked from the drop-down, a number
 * typed instead, a continuation row), go through the real job and come out read, every row
 * accepted, without a single warning (the help and list sheets are only noted as passed over).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:hsqldb:mem:template"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateRoundTripTest {

    static final String FIRST_MEASURE = "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ";
    static final String FIFTH_MEASURE = "๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง";

    @Autowired
    CompileRun compiler;

    Path templates;
    String templateConsole;
    int templateExit;
    JsonNode json;
    String compileConsole;
    ExitCode compileExit;

    @BeforeAll
    void writeTemplatesFillTwoAndCompile(@TempDir Path work) throws Exception {
        templates = work.resolve("templates");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templateExit = Launcher.run(new PrintStream(out), new String[] {"template", "--output=" + templates,
                "--job=jobs/natorn-2568.yml"});
        templateConsole = out.toString(StandardCharsets.UTF_8);

        Path input = Files.createDirectories(work.resolve("input"));
        // Saved under other names: the department must come from the template's label, not the file name.
        fill(templates.resolve("สำนักปลัด.xlsx"), input.resolve("รายงาน ITA ส่วนที่ ๑.xlsx"), List.of(
                List.of(fromDropDown(templates.resolve("สำนักปลัด.xlsx"), 0),
                        "๑. ปรับปรุงคู่มือหรือมาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและระยะเวลาที่ใช้ในการปฏิบัติงาน\n"
                                + "๒. กำชับให้เจ้าหน้าที่ผู้ปฏิบัติถือปฏิบัติตามคู่มือดังกล่าวโดยเคร่งครัด",
                        "ก.พ. - มี.ค. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ",
                        "๑. ให้ส่วนราชการทบทวน ปรับปรุงคู่มือการปฏิบัติงานและมาตรฐานการให้บริการ",
                        "หน่วยงานมีความโปร่งใสในการปฏิบัติงาน"),
                List.of("๖",
                        "๑. กำหนดนโยบายหรือแผนการบริหารทรัพยากรและพัฒนาทรัพยากรบุคคล\n"
                                + "๒. ประเมินความเสี่ยงการทุจริตที่อาจเกิดขึ้นจากการใช้อำนาจ",
                        "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "สำนักปลัด",
                        "๑. ชี้แจงให้บุคลากรภายในรับทราบแนวปฏิบัติ",
                        "สร้างวัฒนธรรมที่ดีให้เกิดขึ้นต่อองค์กร"),
                List.of("",
                        "๓. จัดให้มีช่องทางร้องเรียนการใช้อำนาจโดยมิชอบ\n(๑) ทางเว็บไซต์ของหน่วยงาน\n(๒) ทางโทรศัพท์",
                        "", "", "๒. ประชุมชี้แจงเรื่องการประเมินคุณธรรมและความโปร่งใส", "")));
        fill(templates.resolve("กองคลัง.xlsx"), input.resolve("ส่งงาน.xlsx"), List.of(
                List.of(fromDropDown(templates.resolve("กองคลัง.xlsx"), 4),
                        "๑. จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณประจำปีให้แก่บุคลากรภายในหน่วยงาน",
                        "ตลอดปีงบประมาณ", "กองคลัง",
                        "๑. กองคลังนำแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ลงเว็บไซต์หลักของหน่วยงาน",
                        "บุคลากรภายในหน่วยงานรับรู้แผนการใช้จ่ายงบประมาณ"),
                List.of(FIRST_MEASURE,
                        "๑. เผยแพร่คู่มือการปฏิบัติงานของกองคลัง",
                        "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "กองคลัง",
                        "๑. คู่มือการเบิกจ่ายเงินเผยแพร่บนเว็บไซต์", "")));

        Path output = work.resolve("output");
        TestConsole summary = new TestConsole();
        compileExit = compiler.compile(new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null),
                summary).exitCode();
        compileConsole = summary.text();
        json = JsonMapper.builder().build().readTree(output.resolve("report.json").toFile());
    }

    @Test
    void theCommandWritesOneTemplatePerExpectedDepartment() throws IOException {
        assertThat(templateExit).as(templateConsole).isZero();
        try (Stream<Path> files = Files.list(templates)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "กองการศึกษา ศาสนาและวัฒนธรรม.xlsx", "กองคลัง.xlsx", "กองช่าง.xlsx", "สำนักปลัด.xlsx");
        }
        assertThat(templateConsole.lines().toList()).hasSize(4)
                .allMatch(line -> line.startsWith("เขียนแบบฟอร์มของ "))
                .anyMatch(line -> line.endsWith(templates.resolve("กองช่าง.xlsx").toString()));
    }

    @Test
    void bothFilledTemplatesAreReadWithEveryRowAcceptedAndNoWarning() {
        assertThat(compileExit).as(compileConsole).isEqualTo(ExitCode.OK);
        Map<String, Integer> expectedRows = Map.of("รายงาน ITA ส่วนที่ ๑.xlsx", 3, "ส่งงาน.xlsx", 2);
        List<String> departments = new ArrayList<>();
        for (JsonNode file : json.get("files")) {
            String name = file.get("file").asString();
            assertThat(expectedRows).as("files in report.json").containsKey(name);
            assertThat(file.get("status").asString()).as(name).isEqualTo("read");
            assertThat(file.get("rowsRead").asInt()).as(name).isEqualTo(expectedRows.get(name));
            assertThat(file.get("rowsAccepted").asInt()).as(name).isEqualTo(expectedRows.get(name));
            assertThat(file.get("rowsRejected").asInt()).as(name).isZero();
            departments.add(file.get("department").asString());
        }
        assertThat(departments).containsExactlyInAnyOrder("สำนักปลัด", "กองคลัง");
        assertThat(json.get("rejectedRows").size()).as(json.get("rejectedRows").toString()).isZero();
        assertThat(json.get("warnings").size()).as(json.get("warnings").toString()).isZero();
        // The help and list sheets are passed over with a note, not a warning: nothing for anyone to fix.
        List<String> notes = json.get("notes").valueStream()
                .map(n -> n.get("file").asString() + " / " + n.get("sheet").asString() + " / " + n.get("code").asString())
                .toList();
        assertThat(notes).containsExactlyInAnyOrder(
                "รายงาน ITA ส่วนที่ ๑.xlsx / คำอธิบาย / sheet.noTable",
                "รายงาน ITA ส่วนที่ ๑.xlsx / มาตรการ / sheet.hidden",
                "ส่งงาน.xlsx / คำอธิบาย / sheet.noTable",
                "ส่งงาน.xlsx / มาตรการ / sheet.hidden");
        assertThat(json.get("missingDepartments").valueStream().map(JsonNode::asString).toList())
                .containsExactly("กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม");
    }

    @Test
    void theRowsLandUnderTheirMeasuresWithTheContinuationRowFolded() {
        JsonNode measures = json.get("measures");
        JsonNode first = measures.get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("departments").valueStream().map(JsonNode::asString).toList())
                .containsExactly("สำนักปลัด", "กองคลัง");
        assertThat(first.get("period").asString()).isEqualTo("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘");
        JsonNode sixth = measures.get(5);
        assertThat(sixth.get("departments").valueStream().map(JsonNode::asString).toList()).containsExactly("สำนักปลัด");
        assertThat(sixth.get("steps").size()).isEqualTo(3);
        assertThat(sixth.get("steps").get(2).asString()).contains("(๒) ทางโทรศัพท์");
        assertThat(sixth.get("outputs").size()).isEqualTo(2);
        assertThat(measures.get(4).get("departments").valueStream().map(JsonNode::asString).toList())
                .containsExactly("กองคลัง");
        // ตลอดปีงบประมาณ as written by the department, published as the fiscal year's span.
        assertThat(measures.get(4).get("period").asString()).isEqualTo("ต.ค. พ.ศ. ๒๕๖๗ - ก.ย. พ.ศ. ๒๕๖๘");
    }

    @Test
    void anExistingFileIsKeptAndABadDefinitionIsOneLineAndExitTwo(@TempDir Path elsewhere) throws Exception {
        Path kept = Files.writeString(elsewhere.resolve("กองช่าง.xlsx"), "งานของกองช่าง");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Launcher.run(new PrintStream(out), new String[] {"template", "--output=" + elsewhere,
                "--job=jobs/natorn-2568.yml"});
        assertThat(exit).isZero();
        assertThat(Files.readString(kept)).isEqualTo("งานของกองช่าง");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ไม่เขียนทับ: " + kept);
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files.count()).isEqualTo(4);
        }

        out.reset();
        Path missing = elsewhere.resolve("ไม่มี.yml");
        exit = Launcher.run(new PrintStream(out), new String[] {"template", "--output=" + elsewhere.resolve("x"),
                "--job=" + missing});
        assertThat(exit).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("ไม่พบไฟล์นิยามงาน " + missing + " (ระบุด้วย --job=ไฟล์)");
        assertThat(elsewhere.resolve("x")).doesNotExist();
    }

    // --- filling a template as a department would ---

    /** The drop-down's entry {@code index}, read from the range its list constraint refers to. */
    static String fromDropDown(Path template, int index) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            String formula = workbook.getSheetAt(0).getDataValidations().get(0).getValidationConstraint().getFormula1();
            return DepartmentTemplateTest.listed(workbook, formula).get(index);
        }
    }

    /** Writes the rows into the data rows under the header (found by its text) and saves elsewhere. */
    static void fill(Path template, Path filled, List<List<String>> rows) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("รายงาน");
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("ขั้นตอน/วิธีการปฏิบัติ")) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).as("header row").isNotNegative();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(header + 1 + r);
                for (int c = 0; c < 6; c++) {
                    String text = rows.get(r).get(c);
                    if (!text.isEmpty()) {
                        row.getCell(c).setCellValue(text);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }
}
