package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.SeedDocument;
import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * The job on the shared generator's workbooks ({@code ../shared/bench/gen_workbooks.py}, seed 1,
 * messy layout: title rows, two-row headers, shuffled and extra columns, merged cells, zero-width
 * spaces, lock files): every file's rows read, accepted and rejected must equal the generator's
 * manifest, and the seed split among four departments must give back the seed's table.
 * Skipped, with the reason, where the generator or Python's xlsxwriter is not installed.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:generated"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedWorkbooksEndToEndTest {

    static final Path GENERATOR = Path.of("../shared/bench/gen_workbooks.py");
    static final Path JOB = Path.of("jobs/natorn-2568.yml");

    @Autowired
    CompileRun compiler;

    Path work;
    String python;

    @BeforeAll
    void generatorAvailable(@TempDir Path dir) throws Exception {
        work = dir;
        assumeTrue(Files.isRegularFile(GENERATOR), "the generator " + GENERATOR + " is not here");
        python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        assumeTrue(run(List.of(python, "-c", "import xlsxwriter")),
                "python3 with xlsxwriter is not installed (Debian: apt-get install python3-xlsxwriter)");
    }

    @Test
    void theTypicalOfficesCountsEqualTheManifest() throws Exception {
        Path input = work.resolve("typical");
        assertThat(run(List.of(python, GENERATOR.toString(), input.toString(), "--orgs", "1", "--depts-per-org", "6",
                "--rows-per-dept", "10", "--layout", "messy", "--seed", "1"))).isTrue();
        JsonNode office = json(work.resolve("typical.manifest.json")).get("orgs").get(".");

        JsonNode report = compile(input);

        Map<String, JsonNode> files = new HashMap<>();
        report.get("files").forEach(f -> files.put(f.get("file").asString(), f));
        for (JsonNode expected : office.get("files")) {
            JsonNode file = files.get(expected.get("file").asString());
            assertThat(file).as(expected.get("file").asString()).isNotNull();
            JsonNode counts = expected.get("expected");
            assertThat(List.of(file.get("rowsRead").asInt(), file.get("rowsAccepted").asInt(), file.get("rowsRejected").asInt()))
                    .as(expected.get("file").asString())
                    .containsExactly(counts.get("rows").asInt(), counts.get("accepted").asInt(), counts.get("rejected").asInt());
        }
        office.get("summary").get("ignored").forEach(lock ->
                assertThat(files.get(lock.asString()).get("status").asString()).isEqualTo("ignored"));
        JsonNode totals = report.get("totals");
        JsonNode summary = office.get("summary");
        assertThat(List.of(totals.get("rowsRead").asInt(), totals.get("rowsAccepted").asInt(), totals.get("rowsRejected").asInt()))
                .containsExactly(summary.get("rows_total").asInt(), summary.get("rows_accepted").asInt(),
                        summary.get("rows_rejected").asInt())
                .containsExactly(60, 56, 4);
        // Thai digits throughout the Thai messages: Arabic digits only inside what a message quotes
        // and in cell references, which name cells as Excel shows them (G16).
        for (String part : List.of("rejectedRows", "warnings", "notes")) {
            report.get(part).forEach(p -> assertThat(p.get("message").asString()
                    .replaceAll("\"[^\"]*\"", "").replaceAll("\\b[A-Z]{1,3}[0-9]+\\b", ""))
                    .as(p.get("code").asString()).doesNotContainPattern("[0-9]"));
        }
    }

    @Test
    void theSeedSplitAmongFourDepartmentsGivesTheSeedsTable() throws Exception {
        Path input = work.resolve("seed");
        assertThat(run(List.of(python, GENERATOR.toString(), "--seed-split", input.toString(), "--layout", "messy"))).isTrue();

        JsonNode report = compile(input);

        JsonNode totals = report.get("totals");
        assertThat(List.of(totals.get("rowsRead").asInt(), totals.get("rowsAccepted").asInt(), totals.get("rowsRejected").asInt()))
                .containsExactly(25, 25, 0);
        List<List<String>> seed = SeedDocument.load().tableRows();
        JsonNode measures = report.get("measures");
        assertThat(measures.size()).isEqualTo(seed.size());
        for (int m = 0; m < seed.size(); m++) {
            JsonNode measure = measures.get(m);
            List<String> cells = List.of(measure.get("name").asString(), join(measure.get("steps")),
                    measure.get("period").asString(), measure.get("responsible").asString(), join(measure.get("outputs")),
                    join(measure.get("outcomes")));
            for (int c = 1; c < 6; c++) {
                assertThat(SeedDocument.squeeze(cells.get(c))).as("measure %d, column %d", m + 1, c + 1)
                        .isEqualTo(SeedDocument.squeeze(seed.get(m).get(c)));
            }
            assertThat(SeedDocument.squeeze(seed.get(m).get(0))).endsWith(SeedDocument.squeeze(cells.get(0)));
        }
    }

    private JsonNode compile(Path input) throws Exception {
        Path output = work.resolve(input.getFileName() + "-output");
        TestConsole console = new TestConsole();
        ExitCode exit = compiler.compile(new CompileRun.Request(input, output, JOB, null), console).exitCode();
        assertThat(exit).as(console.text()).isEqualTo(ExitCode.OK);
        return json(output.resolve("report.json"));
    }

    private static String join(JsonNode items) {
        List<String> lines = new ArrayList<>();
        items.forEach(i -> lines.add(i.asString()));
        return String.join("\n", lines);
    }

    private static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private boolean run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("generator.log").toFile()).start();
        return process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
