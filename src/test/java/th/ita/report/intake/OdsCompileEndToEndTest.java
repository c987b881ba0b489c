package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * An office without Microsoft Office: the sample input's four workbooks, saved as .ods by
 * LibreOffice, compile to the same report as the originals: the same report.json (files, rows,
 * every finding, the merged measures, totals), the same published table and the same memo.
 * Skipped, with the reason, where LibreOffice Calc is not installed.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:ods"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OdsCompileEndToEndTest {

    static final Path JOB = Path.of("jobs/natorn-2568.yml");

    @Autowired
    CompileRun compiler;

    Path excel;
    Path libreOffice;

    @BeforeAll
    void compileTheSamplesAndTheirOdsCopies(@TempDir Path work) throws Exception {
        Path odsInput = LibreOfficeConversions.sampleInput(work.resolve("ods"));
        excel = compile(SampleInput.copyInto(work.resolve("excel")), work.resolve("excel-output"));
        libreOffice = compile(odsInput, work.resolve("ods-output"));
    }

    @Test
    void reportJsonIsTheSameButForTheFileNames() throws IOException {
        JsonNode fromExcel = report(excel);
        JsonNode fromOds = report(libreOffice);

        JsonNode files = JsonMapper.builder().build().readTree(libreOffice.resolve("report.json").toFile()).get("files");
        assertThat(files).extracting(f -> f.get("file").asString()).hasSize(4).allMatch(name -> name.endsWith(".ods"));
        assertThat(files).extracting(f -> f.get("status").asString()).containsOnly("read");
        assertThat(fromOds.get("measures").size()).isEqualTo(7);
        assertThat(fromOds.get("totals").get("rowsRead").asInt()).isGreaterThan(20);
        assertThat(fromOds.toPrettyString()).isEqualTo(fromExcel.toPrettyString());
    }

    @Test
    void thePublishedTableAndTheMemoAreTheSame() throws IOException {
        assertThat(tableRows(libreOffice)).hasSize(7).isEqualTo(tableRows(excel));
        assertThat(memoText(libreOffice)).contains("กองคลัง").isEqualTo(memoText(excel));
    }

    private Path compile(Path input, Path output) throws Exception {
        TestConsole console = new TestConsole();
        ExitCode exit = compiler.compile(new CompileRun.Request(input, output, JOB, null), console).exitCode();
        assertThat(exit).as(console.text()).isEqualTo(ExitCode.OK);
        return output;
    }

    /** report.json with each file named by its base name, without the time it was made and the files' hashes. */
    private static JsonNode report(Path output) throws IOException {
        String json = Files.readString(output.resolve("report.json"));
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.toList()) {
                String base = WorkbookReader.baseName(sample);
                json = json.replace(sample.getFileName().toString(), base).replace(base + ".ods", base);
            }
        }
        ObjectNode report = (ObjectNode) JsonMapper.builder().build().readTree(json);
        report.remove("generatedAt");
        report.get("files").forEach(f -> ((ObjectNode) f).remove("sha256"));
        return report;
    }

    private static List<List<String>> tableRows(Path output) throws IOException {
        return Jsoup.parse(output.resolve("report.html").toFile(), "UTF-8").select("table tbody tr").stream()
                .map(row -> row.children().eachText()).toList();
    }

    private static String memoText(Path output) throws IOException {
        try (InputStream in = Files.newInputStream(output.resolve("memo.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            return text.getText();
        }
    }
}
