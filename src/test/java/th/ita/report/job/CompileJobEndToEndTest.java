package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.TestConsole;
import th.ita.report.text.Numerals;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.SampleInput;
import th.ita.report.SeedDocument;

/**
 * Runs the real job on the sample workbooks in input/ and reads every output back: the
 * published table must equal the seed's, cell by cell (whitespace aside), the memo must hold
 * the seed memo's text and names, and report.json must account for every row.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:e2e"})
class CompileJobEndToEndTest {

    @Autowired
    CompileRun compiler;

    @TempDir
    Path work;

    Path input;
    Path output;
    String console;

    @BeforeEach
    void runTheJobOnTheSampleInput() throws Exception {
        input = SampleInput.copyInto(work.resolve("input"));
        output = work.resolve("output");

        TestConsole out = new TestConsole();
        ExitCode exit = compiler.compile(new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null),
                out).exitCode();
        console = out.text();
        assertThat(exit).as(console).isEqualTo(ExitCode.OK);
    }

    @Test
    void thePublishedTableEqualsTheSeedsTable() throws IOException {
        Document page = Jsoup.parse(output.resolve("report.html").toFile(), "UTF-8");
        List<List<String>> expected = SeedDocument.load().tableRows();
        List<Element> rows = page.select("table tbody tr");

        assertThat(expected).hasSize(7);
        assertThat(rows).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            List<String> actual = rows.get(r).children().eachText();
            for (int c = 0; c < 6; c++) {
                assertThat(SeedDocument.squeeze(actual.get(c)))
                        .as("measure %d, column %d", r + 1, c + 1)
                        .isEqualTo(SeedDocument.squeeze(expected.get(r).get(c)));
            }
        }
        assertThat(page.select("thead th").eachText()).hasSize(6);
    }

    @Test
    void thePublishedPageIsSelfContainedThaiWithoutFileNamesOrDigests() throws Exception {
        String html = Files.readString(output.resolve("report.html"));
        Document page = Jsoup.parse(html);

        assertThat(page.select("html").attr("lang")).isEqualTo("th");
        assertThat(page.select("[src], [href], link, script, iframe, object, embed")).isEmpty();
        assertThat(page.select("style").html()).doesNotContainPattern("(?i)url\\(|@import|https?:");
        assertThat(html).doesNotContainPattern("(?i)https?://(?!www\\.thymeleaf\\.org)");
        assertThat(page.select("table caption")).as("a hidden caption prints as a stray mark").isEmpty();
        assertThat(page.getElementById(page.select("table").attr("aria-labelledby")).text())
                .startsWith("รายงานผลการดำเนินการ");
        assertThat(page.select("thead th[scope=col]")).hasSize(6);
        assertThat(page.select("tbody th[scope=row]")).hasSize(7);
        assertThat(page.select("tbody th").first().text()).startsWith("๑.");
        assertThat(page.select("tbody td.period").eachText()).allMatch(t -> t.contains("๒๕๖๘"));
        // Provenance is the officer's business: report.json keeps each file's digest, the public page none.
        assertThat(html).doesNotContainPattern("(?i)\\.xls[xm]?\\b").doesNotContainPattern("\\b[0-9a-f]{64}\\b")
                .doesNotContain("SHA-256");
        JsonNode json = JsonMapper.builder().build().readTree(output.resolve("report.json").toFile());
        for (String file : List.of("สำนักปลัด.xlsx", "กองคลัง.xlsx", "กองช่าง.xls", "กองการศึกษา ศาสนาและวัฒนธรรม.xlsm")) {
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(input.resolve(file))));
            assertThat(json.get("files")).anySatisfy(f -> {
                assertThat(f.get("file").asString()).isEqualTo(file);
                assertThat(f.get("sha256").asString()).isEqualTo(sha);
            });
        }
    }

    @Test
    void theMemoHoldsTheSeedMemosTextAndTheTable() throws IOException {
        try (InputStream in = Files.newInputStream(output.resolve("memo.docx"));
             XWPFDocument memo = new XWPFDocument(in)) {
            String text = comparable(new XWPFWordExtractor(memo).getText());
            for (String line : SeedDocument.load().memoLines()) {
                String corrected = line.replace(SEED_ADDRESSEE_SLIP, CORRECT_ADDRESSEE);
                assertThat(text).as("memo line: %s", line).contains(comparable(corrected));
            }
            XWPFTable table = memo.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 6).findFirst().orElseThrow();
            List<List<String>> expected = SeedDocument.load().tableRows();
            List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
            assertThat(rows).hasSize(expected.size());
            for (int r = 0; r < expected.size(); r++) {
                for (int c = 0; c < 6; c++) {
                    assertThat(SeedDocument.squeeze(rows.get(r).getCell(c).getText()))
                            .as("docx measure %d, column %d", r + 1, c + 1)
                            .isEqualTo(SeedDocument.squeeze(expected.get(r).get(c)));
                }
            }
        }
    }

    @Test
    void reportJsonAccountsForEveryRow() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(output.resolve("report.json").toFile());
        int read = 0;
        int accepted = 0;
        int rejected = 0;
        List<String> statuses = new ArrayList<>();
        for (JsonNode file : json.get("files")) {
            statuses.add(file.get("status").asString());
            assertThat(file.get("rowsRead").asInt())
                    .isEqualTo(file.get("rowsAccepted").asInt() + file.get("rowsRejected").asInt());
            read += file.get("rowsRead").asInt();
            accepted += file.get("rowsAccepted").asInt();
            rejected += file.get("rowsRejected").asInt();
        }
        assertThat(json.get("fiscalYear").asInt()).isEqualTo(2568);
        assertThat(statuses).containsOnly("read").hasSize(4);
        assertThat(json.get("totals").get("rowsRead").asInt()).isEqualTo(read).isPositive();
        assertThat(json.get("totals").get("rowsAccepted").asInt()).isEqualTo(accepted);
        assertThat(json.get("totals").get("rowsRejected").asInt()).isEqualTo(rejected);
        assertThat(json.get("rejectedRows").size()).isEqualTo(rejected);
        assertThat(json.get("measures").size()).isEqualTo(7);
        assertThat(json.get("measures").get(5).get("responsible").asString()).isEqualTo("สำนักปลัด");
        assertThat(json.get("measures").get(0).get("period").asString()).isEqualTo("ก.พ. - มี.ค. พ.ศ. ๒๕๖๘");
        assertThat(console).contains("แถว: อ่าน " + Numerals.thai().format(read));
    }

    /**
     * The seed memo addresses "นายองค์การบริหารส่วนตำบลนาทอน", a slip for นายก (its own approval
     * chain writes นายกองค์การบริหารส่วนตำบลนาทอน); the shipped definition uses the correct title.
     */
    static final String SEED_ADDRESSEE_SLIP = "เรียน นายองค์การ";
    static final String CORRECT_ADDRESSEE = "เรียน นายกองค์การ";

    /** Memo text as compared: no whitespace, no leader dots or tick boxes (layout, not wording). */
    private static String comparable(String text) {
        return SeedDocument.squeeze(text).replaceAll("[.\\u2026\\u2610]+", "");
    }
}
