package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.intake.InputFingerprint;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.output.publishing.Publisher;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * A run in which workbooks were read but every row was rejected publishes nothing: the previous
 * report stays in latest/ and at the top of the output folder, the departments get their
 * validation report, and the run ends with the "no usable input" status (3).
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:noaccepted"})
class NoAcceptedRowEndToEndTest {

    @Autowired
    CompileRun compiler;

    @TempDir
    Path work;

    @Test
    void aRunWhoseEveryRowIsRejectedKeepsThePreviousReport() throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        TestConsole console = new TestConsole();
        CompileRun.Request request = new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null);

        assertThat(compiler.compile(request, console).exitCode()).isEqualTo(ExitCode.OK);
        String published = Publisher.latestRun(output, 2568).orElseThrow();
        Map<String, String> before = topLevelFiles(output);
        Map<String, String> latestBefore = files(output.resolve("2568").resolve(Publisher.LATEST));
        assertThat(before.keySet()).contains("report.html", "report.json", "memo.docx", "validation.html");

        // The next night only one workbook, every row of it wrong.
        FileSystemUtils.deleteRecursively(input);
        Files.createDirectories(input);
        TestWorkbooks.xlsx(input.resolve("กองคลัง.xlsx"), "กองคลัง",
                new String[] {"๘", "ขั้นตอน", "", "", "ผล", ""},
                new String[] {"ชื่อที่ไม่ใช่มาตรการ", "ขั้นตอน", "", "", "ผล", ""},
                new String[] {"", "ต่อจากแถวที่ไม่รับ", "", "", "", ""});

        CompileRun.Result result = compiler.compile(request, console);

        assertThat(result.exitCode()).as(console.text()).isEqualTo(ExitCode.NO_REPORT);
        assertThat(Publisher.latestRun(output, 2568)).contains(published);
        assertThat(topLevelFiles(output)).as("the top-level report files").isEqualTo(before);
        assertThat(files(output.resolve("2568").resolve(Publisher.LATEST))).as("latest/").isEqualTo(latestBefore);
        Path runFolder = Path.of(result.summary().orElseThrow().runFolder());
        assertThat(runFolder).isNotEqualTo(output.resolve("2568").resolve(published));
        assertThat(runFolder.resolve("memo.docx")).doesNotExist();
        assertThat(runFolder.resolve("report.html")).doesNotExist();
        String validation = Files.readString(runFolder.resolve("validation.html"));
        assertThat(validation).contains("กองคลัง.xlsx").contains("A4").contains("A5").contains("A6");
        assertThat(runFolder.resolve("validation.xlsx")).isRegularFile();
        JsonNode json = JsonMapper.builder().build().readTree(runFolder.resolve("report.json").toFile());
        assertThat(json.get("totals").get("rowsRead").asInt()).isEqualTo(3);
        assertThat(json.get("totals").get("rowsRejected").asInt()).isEqualTo(3);
        assertThat(json.get("rejectedRows").size()).isEqualTo(3);
    }

    /** The files at the top of the output folder (the published copies): name to SHA-256 of the bytes. */
    private static Map<String, String> topLevelFiles(Path output) throws Exception {
        try (Stream<Path> list = Files.list(output)) {
            return digests(output, list.filter(Files::isRegularFile));
        }
    }

    /** Every file under a folder: relative path to SHA-256 of the bytes. */
    private static Map<String, String> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return digests(folder, walk.filter(Files::isRegularFile));
        }
    }

    private static Map<String, String> digests(Path folder, Stream<Path> files) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Path p : files.sorted().toList()) {
            digests.put(folder.relativize(p).toString(), InputFingerprint.digest(p));
        }
        return digests;
    }
}
