package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.CanonicalDump;
import th.ita.report.EmblemJob;
import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * The outputs of the seed split (input/, the shipped job definition) are exactly what they were
 * when the golden copies in src/test/resources/golden/seed-split were written: every part of
 * memo.docx, publication-request.docx and validation.xlsx element by element, the two pages and
 * report.json, with only the run's time masked. Work on speed must not change a document; a change
 * meant to change one rewrites the copies with {@code -Dgolden.update=true} and shows in the diff.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:golden"})
class SeedSplitOutputsTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/seed-split");
    static final List<String> OUTPUTS = List.of("memo.docx", "publication-request.docx", "report.html",
            "validation.html", "validation.xlsx", "report.json");

    @Autowired
    CompileRun compiler;

    @Test
    void everyOutputIsTheSameAsItsGoldenCopy(@TempDir Path work) throws Exception {
        assertSameAsGolden(compile(work, Path.of("jobs/natorn-2568.yml")), OUTPUTS, GOLDEN);
    }

    /** The memo with the office's emblem floating at the left of its heading. */
    @Test
    void theMemoWithAnEmblemIsTheSameAsItsGoldenCopy(@TempDir Path work) throws Exception {
        Path job = EmblemJob.write(work, 90, 100, BufferedImage.TYPE_INT_RGB);
        assertSameAsGolden(compile(work, job), List.of("memo.docx"), GOLDEN.resolveSibling("seed-split-emblem"));
    }

    private Path compile(Path work, Path job) throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        TestConsole console = new TestConsole();
        ExitCode exit = compiler.compile(new CompileRun.Request(input, output, job, null), console).exitCode();
        assertThat(exit).as(console.text()).isEqualTo(ExitCode.OK);
        return output;
    }

    private static void assertSameAsGolden(Path output, List<String> outputs, Path folder) throws Exception {
        boolean update = Boolean.getBoolean("golden.update");
        List<String> written = new ArrayList<>();
        for (String name : outputs) {
            String actual = CanonicalDump.of(output.resolve(name));
            Path golden = folder.resolve(name + ".txt");
            if (update) {
                Files.createDirectories(folder);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                written.add(golden.toString());
                continue;
            }
            assertThat(CanonicalDump.golden(golden)).as("golden copy %s (write it with -Dgolden.update=true)", golden)
                    .isNotNull();
            assertThat(actual).as(name).isEqualTo(CanonicalDump.golden(golden));
        }
        if (update) {
            fail("golden copies written, review them with git diff and run again without -Dgolden.update: %s", written);
        }
    }
}
