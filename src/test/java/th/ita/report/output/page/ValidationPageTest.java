package th.ita.report.output.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import th.ita.report.report.FindingMessages;
import th.ita.report.report.ValidationReport;
import th.ita.report.report.CompiledRun;
import th.ita.report.definition.JobDefinition;
import th.ita.report.merge.FileOutcome;
import th.ita.report.text.Numerals;
import th.ita.report.validation.Finding;

/**
 * validation.html rendered by a real Thymeleaf engine with the real template and messages,
 * without a Spring context, from a run built by hand; read back with jsoup.
 */
public class ValidationPageTest {

    public static final String PAYLOAD = "<script>alert(1)</script> ${7*7} [[${7*7}]] {{7*7}} \u202Eevil";
    public static final String PAYLOAD_FILE = "กองคลัง.xlsx";

    // --- the run -------------------------------------------------------------------------------

    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public static JobDefinition definition() {
        return new JobDefinition(null, 2568, null, null, null, null, null, List.of(),
                List.of(new JobDefinition.Department("สำนักปลัด", List.of("สป.")),
                        new JobDefinition.Department("กองคลัง", List.of()),
                        new JobDefinition.Department("กองช่าง", List.of()),
                        new JobDefinition.Department("กองการศึกษา", List.of())),
                List.of(), new JobDefinition.Rendering(true, null));
    }

    public static FileOutcome read(String file, String department, int read, int accepted) {
        return new FileOutcome(file, department, FileOutcome.Status.READ, "file.read", List.of(), read, accepted,
                read - accepted, "00");
    }

    public static FileOutcome other(String file, String department, FileOutcome.Status status, String code, String... args) {
        return new FileOutcome(file, department, status, code, List.of(args), 0, 0, 0, null);
    }

    /**
     * สำนักปลัด and กองคลัง submitted (สำนักปลัด with errors and warnings over two sheets), กองช่าง sent
     * only files rejected whole (one named by a longer file name), กองการศึกษา nothing; "=1+1" is not in
     * the list; a lock file is ignored, a file deferred; one finding names a file no outcome knows.
     */
    public static CompiledRun run() {
        List<FileOutcome> files = List.of(
                read("สำนักปลัด.xlsx", "สำนักปลัด", 10, 8),
                other("~$กองคลัง.xlsx", null, FileOutcome.Status.IGNORED, "ignored.officeLock"),
                read(PAYLOAD_FILE, "กองคลัง", 5, 5),
                other("กองช่าง.xlsx", "กองช่าง", FileOutcome.Status.REJECTED, "file.encrypted"),
                other("02-กองช่าง-เดิม.xls", "02-กองช่าง-เดิม", FileOutcome.Status.REJECTED, "file.unreadable", "zip"),
                read("=1+1.xlsx", "=1+1", 1, 1),
                other("กองการศึกษา.xlsx", null, FileOutcome.Status.DEFERRED, "deferred.recent"));
        List<Finding> findings = List.of(
                Finding.warning("period.outsideYear", "สำนักปลัด.xlsx", "ข", 5, "D5", "ต.ค. 2566", "2568"),
                Finding.error("row.noMeasure", "สำนักปลัด.xlsx", "ข", 12, "A12"),
                Finding.note("sheet.hidden", "สำนักปลัด.xlsx", "ก", ""),
                Finding.error("measure.unknownNumber", "สำนักปลัด.xlsx", "ก", 3, "AA3", "9", "๗"),
                Finding.error("measure.unknownNumber", "สำนักปลัด.xlsx", "ก", 3, "B3", "8", "๗"),
                Finding.warning("text.slip", PAYLOAD_FILE, "Sheet1", 7, "B7", PAYLOAD, "x"),
                Finding.warning("department.unknownFileName", "=1+1.xlsx", "+1+1", null, null, "=1+1"),
                Finding.error("row.noContent", "ghost.xlsx", "@SUM(A1)", 4, "B4", "E4"));
        return new CompiledRun(2568, ZonedDateTime.of(2025, 5, 20, 9, 5, 0, 0, ZoneId.of("Asia/Bangkok")), null,
                files, findings, List.of("กองช่าง", "กองการศึกษา"));
    }

    public static ValidationReport report(CompiledRun run) {
        return ValidationReport.of(run, definition(), new FindingMessages(messageSource()));
    }

    public static String render(ValidationReport report, Numerals numerals) {
        return new ValidationPage(templates(), messageSource()).render(report, numerals);
    }

    /** Thymeleaf as the application sets it up: templates/ on the class path, the mode by the name's ending. */
    public static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messageSource());
        return engine;
    }

    // --- the model -----------------------------------------------------------------------------

    @Test
    void theModelHoldsEveryFindingExactlyOnce() {
        CompiledRun run = run();
        ValidationReport report = report(run);

        Map<Finding, Integer> seen = new IdentityHashMap<>();
        report.allProblems().forEach(p -> seen.merge(p.finding(), 1, Integer::sum));
        assertThat(report.allProblems()).hasSize(run.findings().size());
        for (Finding f : run.findings()) {
            assertThat(seen.get(f)).as("%s", f).isEqualTo(1);
        }
        assertThat(report.totals().errors()).isEqualTo(4);
        assertThat(report.totals().warnings()).isEqualTo(3);
        assertThat(report.totals().notes()).isEqualTo(1);
    }

    @Test
    void departmentsComeInDefinitionOrderWithTheirStatusFilesAndProblems() {
        ValidationReport report = report(run());

        assertThat(report.departments()).extracting(ValidationReport.Department::name)
                .containsExactly("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "=1+1");
        assertThat(report.departments()).extracting(ValidationReport.Department::status).containsExactly(
                ValidationReport.Status.SUBMITTED, ValidationReport.Status.SUBMITTED, ValidationReport.Status.REJECTED,
                ValidationReport.Status.MISSING, ValidationReport.Status.SUBMITTED);
        assertThat(report.departments()).extracting(ValidationReport.Department::expected)
                .containsExactly(true, true, true, true, false);

        ValidationReport.Department works = report.departments().get(2);
        assertThat(works.files()).extracting(ValidationReport.FileLine::name)
                .containsExactly("กองช่าง.xlsx", "02-กองช่าง-เดิม.xls");
        assertThat(works.files().get(0).reason()).startsWith("ไฟล์ถูกตั้งรหัสผ่าน");
        assertThat(works.files().get(1).reason()).contains("(zip)");
        assertThat(report.departments().get(3).files()).isEmpty();

        ValidationReport.Department office = report.departments().get(0);
        assertThat(office.rowsRead()).isEqualTo(10);
        assertThat(office.rowsRejected()).isEqualTo(2);
        // Errors first, then warnings, then notes; sheets in the order the workbook gave them (ข before ก), then row, then column.
        assertThat(office.problems()).extracting(p -> p.severityWord() + " " + p.sheet() + " " + p.cell())
                .containsExactly("error ข A12", "error ก B3", "error ก AA3", "warning ข D5", "note ก null");
        assertThat(office.problems().get(0).message()).startsWith("แถวนี้มีข้อมูลแต่ไม่ระบุมาตรการ");

        assertThat(report.otherFiles().files()).extracting(ValidationReport.FileLine::name)
                .containsExactly("~$กองคลัง.xlsx", "กองการศึกษา.xlsx");
        assertThat(report.otherFiles().problems()).extracting(ValidationReport.Problem::file).containsExactly("ghost.xlsx");

        ValidationReport.Totals t = report.totals();
        assertThat(List.of(t.filesRead(), t.filesRejected(), t.filesIgnored(), t.filesDeferred()))
                .containsExactly(3L, 2L, 1L, 1L);
        assertThat(List.of(t.rowsRead(), t.rowsAccepted(), t.rowsRejected())).containsExactly(16, 14, 2);
        assertThat(t.missingDepartments()).containsExactly("กองการศึกษา");
        assertThat(t.rejectedDepartments()).containsExactly("กองช่าง");
        assertThat(List.of(t.expectedDepartments(), (int) t.departmentsSubmitted(), (int) t.unexpectedDepartments()))
                .containsExactly(4, 2, 1);
    }

    // --- the page ------------------------------------------------------------------------------

    @Test
    void everyDepartmentAppearsWithItsStatus() {
        Document page = Jsoup.parse(render(report(run()), Numerals.thai()));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("th");
        Map<String, String> statusByName = new LinkedHashMap<>();
        Map<String, String> badgeByName = new LinkedHashMap<>();
        for (Element section : page.select("section.department")) {
            String name = section.selectFirst(".department-name").text();
            statusByName.put(name, section.attr("data-status"));
            badgeByName.put(name, section.selectFirst("h2 .badge").text());
        }
        assertThat(statusByName).containsExactly(Map.entry("สำนักปลัด", "submitted"), Map.entry("กองคลัง", "submitted"),
                Map.entry("กองช่าง", "rejected"), Map.entry("กองการศึกษา", "missing"), Map.entry("=1+1", "submitted"));
        assertThat(badgeByName.values()).containsExactly("ส่งแล้ว", "ส่งแล้ว", "ไม่รับทั้งไฟล์", "ยังไม่ส่ง", "ส่งแล้ว");

        Element missing = page.select("section.department").get(3);
        assertThat(missing.selectFirst(".no-file").text()).isEqualTo("ยังไม่ได้รับไฟล์จากส่วนราชการนี้");
        Element rejected = page.select("section.department").get(2);
        assertThat(rejected.select(".files li .file-status").eachText()).containsExactly("ไม่รับทั้งไฟล์", "ไม่รับทั้งไฟล์");
        assertThat(rejected.select(".files li .reason").first().text()).startsWith("ไฟล์ถูกตั้งรหัสผ่าน");
        // A file rejected whole is the problem: the section must not say there is none.
        assertThat(rejected.select(".no-problems")).isEmpty();
        assertThat(missing.select(".no-problems")).isEmpty();
        assertThat(page.select("section.department").get(4).select(".unexpected")).hasSize(1);
        assertThat(page.select("section.department").get(0).select(".unexpected")).isEmpty();

        Element others = page.selectFirst("section.other");
        assertThat(others.select(".files li .file-name").eachText()).containsExactly("~$กองคลัง.xlsx", "กองการศึกษา.xlsx");
        assertThat(others.select(".files li .reason").eachText())
                .containsExactly("ไฟล์ชั่วคราวของ Microsoft Office (เกิดขณะเปิดไฟล์ค้างไว้) ไม่ได้อ่าน",
                        "ไฟล์เพิ่งถูกแก้ไข อาจกำลังคัดลอกอยู่ จะอ่านในรอบถัดไป");
    }

    @Test
    void everyFindingAppearsOnceWithItsLocationSeverityAndThaiMessage() {
        CompiledRun run = run();
        FindingMessages messages = new FindingMessages(messageSource());
        Document page = Jsoup.parse(render(report(run), Numerals.arabic()));

        List<String> shown = new ArrayList<>();
        for (Element row : page.select("table.problems tbody tr")) {
            shown.add(String.join(" | ", row.select("td").eachText()));
        }
        List<String> expected = new ArrayList<>();
        for (Finding f : run.findings()) {
            String location = f.cell() != null ? f.cell() : f.row() != null ? "แถว " + f.row() : "-";
            String severity = switch (f.severity().name()) {
                case "ERROR" -> "ต้องแก้";
                case "WARNING" -> "คำเตือน";
                default -> "หมายเหตุ";
            };
            expected.add(String.join(" | ", f.file(), Objects.requireNonNullElse(f.sheet(), "-"), location, severity,
                    messages.message(f)));
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);

        // The headers the departments read.
        assertThat(page.selectFirst("table.problems thead").select("th").eachText())
                .containsExactly("ไฟล์", "แผ่นงาน", "เซลล์", "ระดับ", "ปัญหา");
        // The finding of a file no outcome knows is still shown, under the other files.
        assertThat(page.select("section.other table.problems tbody tr td.file").eachText()).containsExactly("ghost.xlsx");
        // Errors first within a department, notes last.
        assertThat(page.select("section.department").get(0).select("tbody tr td.severity").eachText())
                .containsExactly("ต้องแก้", "ต้องแก้", "ต้องแก้", "คำเตือน", "หมายเหตุ");
    }

    @Test
    void workbookTextIsShownLiterallyNeverEvaluated() {
        String html = render(report(run()), Numerals.thai());
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>");
        Element cell = page.select("tr[data-code=text.slip] td.problem").first();
        assertThat(cell).isNotNull();
        assertThat(cell.text()).contains("<script>alert(1)</script>", "${7*7}", "[[${7*7}]]", "{{7*7}}", "\u202Eevil");
        assertThat(cell.text()).contains("\"" + PAYLOAD + "\"");
        assertThat(cell.text()).doesNotContain("49");
        assertThat(cell.text()).doesNotContain("๔๙");
        assertThat(page.text()).doesNotContain("49");
        // The override stays inside an isolating element, so it cannot reorder the rest of the page.
        assertThat(cell.tagName()).isEqualTo("td");
        assertThat(html).contains("unicode-bidi: isolate");
        assertThat(html).doesNotContain("th:utext");
    }

    @Test
    void pageIsSelfContainedAndCountsFollowTheDigitStyle() {
        String html = render(report(run()), Numerals.thai());
        Document page = Jsoup.parse(html);

        assertThat(page.select("link, script, img, iframe, [src]")).isEmpty();
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
        assertThat(page.selectFirst("style").data()).contains("font-family: \"TH Sarabun New\"");
        assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(page.selectFirst("h1").text()).isEqualTo("รายงานผลการตรวจไฟล์ของส่วนราชการ ปีงบประมาณ ๒๕๖๘");
        assertThat(page.selectFirst(".summary-files").text())
                .isEqualTo("ไฟล์: อ่าน ๓, ไม่รับทั้งไฟล์ ๒, ข้าม ๑, เลื่อนไปรอบหน้า ๑");
        assertThat(page.selectFirst(".summary-rows").text()).isEqualTo("แถว: อ่าน ๑๖, รับ ๑๔, ไม่รับ ๒");
        assertThat(page.selectFirst(".summary-problems").text()).isEqualTo("ผลการตรวจ: ต้องแก้ ๔, คำเตือน ๓, หมายเหตุ ๑");
        assertThat(page.selectFirst(".summary-departments").text())
                .isEqualTo("ส่วนราชการตามรายชื่อ ๔ แห่ง: ส่งแล้ว ๒, ไม่รับทั้งไฟล์ ๑, ยังไม่ส่ง ๑");
        assertThat(page.selectFirst(".summary-missing").text()).isEqualTo("ยังไม่ส่ง: กองการศึกษา");
        assertThat(page.selectFirst(".summary-rejected").text()).isEqualTo("ไม่รับทั้งไฟล์ (ต้องส่งใหม่): กองช่าง");
        assertThat(page.select("section.department").get(0).selectFirst(".file-rows").text())
                .isEqualTo("อ่าน ๑๐ แถว รับ ๘ แถว ไม่รับ ๒ แถว");
        assertThat(page.selectFirst(".generated").text()).contains("๐๙:๐๕");
        // Cell references stay as Excel shows them.
        assertThat(page.select("section.department").get(0).select("td.location").eachText()).contains("A12", "AA3");

        String arabic = render(report(run()), Numerals.arabic());
        assertThat(Jsoup.parse(arabic).selectFirst(".summary-rows").text()).isEqualTo("แถว: อ่าน 16, รับ 14, ไม่รับ 2");
    }

    @Test
    void aKindRepeatedOnManyRowsIsListedUpToTheLimitThenCounted() {
        List<Finding> findings = new ArrayList<>();
        for (int row = 2; row < 2 + 130; row++) {
            findings.add(Finding.warning("text.mixedDigits", "สำนักปลัด.xlsx", "ข", row, "B" + row));
        }
        findings.add(Finding.error("row.noMeasure", "สำนักปลัด.xlsx", "ข", 200, "A200"));
        CompiledRun run = new CompiledRun(2568, run().generatedAt(), null,
                List.of(read("สำนักปลัด.xlsx", "สำนักปลัด", 200, 199)), findings, List.of());

        Document page = Jsoup.parse(render(report(run), Numerals.arabic()));
        Element office = page.select("section.department").get(0);
        // The error first, then 50 of the 130 warnings; the other 80 are counted, not dropped silently.
        assertThat(office.select("table.problems tbody tr")).hasSize(1 + ValidationPage.DEFAULT_PER_KIND);
        assertThat(office.select("tr.warning td.location").eachText()).startsWith("B2", "B3").endsWith("B51");
        assertThat(office.select("ul.omitted li")).singleElement().satisfies(li -> {
            assertThat(li.attr("data-code")).isEqualTo("text.mixedDigits");
            assertThat(li.text()).startsWith("ไม่ได้แสดงอีก 80 รายการ").contains("สำนักปลัด.xlsx")
                    .contains("validation.xlsx");
        });
        // The counts still tell the whole.
        assertThat(page.selectFirst(".summary-problems").text()).isEqualTo("ผลการตรวจ: ต้องแก้ 1, คำเตือน 130, หมายเหตุ 0");
    }
}
