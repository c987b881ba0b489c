package th.ita.report.output.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.Child;
import th.ita.report.SampleInput;
import th.ita.report.cli.Launcher;
import th.ita.report.intake.TestWorkbooks;

/**
 * kill -9 at each moment of writing and publishing that matters, on runs whose input changes each
 * time. After each kill a reader finds one complete run: {@code latest} is there and whole, and the
 * files at the top of the output folder all come from that same run. The next run then completes,
 * leaves no partial folder, staging or temporary link behind, and the history shows the killed run
 * as failed, not as running.
 */
class CrashSafetyTest {

    static final int YEAR = 2568;
    static final List<String> POINTS = List.of(Checkpoints.OUTPUTS_WRITTEN, Checkpoints.FOLDER_COMPLETE,
            Checkpoints.LATEST_SWITCHED, Checkpoints.PUBLISHED);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a measurement
    void aKillAtAnyMomentLeavesOneCompleteRunAndTheNextRunCleansUp(@TempDir Path work) throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        assertThat(normalRun(input, output)).isZero();

        int change = 0;
        for (String point : POINTS) {
            String before = Publisher.latestRun(output, YEAR).orElseThrow();
            TestWorkbooks.xlsx(input.resolve("กองสวัสดิการสังคม-" + (++change) + ".xlsx"), "กองสวัสดิการสังคม",
                    new String[] {"1", "ขั้นตอนที่ " + change, "ก.พ. 2568", "", "ผล " + change, ""});

            killAt(point, input, output);

            String after = Publisher.latestRun(output, YEAR).orElseThrow(() -> new AssertionError("no latest after " + point));
            boolean switched = point.equals(Checkpoints.LATEST_SWITCHED) || point.equals(Checkpoints.PUBLISHED);
            if (switched) {
                assertThat(after).as("killed at %s: latest is the new run", point).isNotEqualTo(before);
            } else {
                assertThat(after).as("killed at %s: latest is still the previous run", point).isEqualTo(before);
            }
            assertOneCompleteRunPublished(output, after, point);

            assertThat(normalRun(input, output)).as("the run after a kill at %s", point).isZero();
            assertOneCompleteRunPublished(output, Publisher.latestRun(output, YEAR).orElseThrow(), point + " (next run)");
            assertNoLeftovers(output, point);
        }
        ByteArrayOutputStream history = new ByteArrayOutputStream();
        assertThat(Launcher.run(new PrintStream(history), new String[] {"history", "--output=" + output})).isZero();
        String said = history.toString(StandardCharsets.UTF_8);
        assertThat(said).as(said).contains("ล้มเหลว").doesNotContain("กำลังทำงาน");
    }

    private static int normalRun(Path input, Path output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Launcher.run(new PrintStream(out), new String[] {"--input=" + input, "--output=" + output,
                Child.job(), "--ita.pdf.enabled=false"});
    }

    /** Runs the program until it reaches the checkpoint, then kills it (SIGKILL: no shutdown hook runs). */
    private static void killAt(String point, Path input, Path output) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--input=" + input, "--output=" + output, Child.job(),
                "--ita.pdf.enabled=false"));
        Process child = Child.start(StopAt.class, arguments, "-Dita.stop-at=" + point);
        StringBuilder console = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                console.append(line).append('\n');
                if (line.startsWith(StopAt.STOPPED)) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(console.toString()).as("the child reached %s", point).contains(StopAt.STOPPED + point);
    }

    /** latest is a complete run folder, and every file at the top of the output folder is that run's. */
    private static void assertOneCompleteRunPublished(Path output, String run, String when) throws IOException {
        Path latest = output.resolve(String.valueOf(YEAR)).resolve(Publisher.LATEST);
        Path runFolder = latest.toRealPath();
        assertThat(runFolder.getFileName().toString()).as(when).isEqualTo(run);
        for (String file : List.of("memo.docx", "report.html", "report.json", "validation.html", "validation.xlsx")) {
            assertThat(latest.resolve(file)).as("%s: latest/%s", when, file).isNotEmptyFile();
        }
        Set<Path> sources;
        try (Stream<Path> top = Files.list(output)) {
            sources = top.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                    .map(p -> {
                        try {
                            return p.toRealPath().getParent();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).collect(java.util.stream.Collectors.toSet());
        }
        assertThat(sources).as("%s: the run folders the top-level files come from", when).containsExactly(runFolder);
        assertThat(output.resolve("report.html")).as(when).isRegularFile();
    }

    /** No partial run folder, staging, PDF work folder or half-made link survives a run that finished. */
    private static void assertNoLeftovers(Path output, String when) throws IOException {
        try (Stream<Path> all = Files.walk(output)) {
            List<String> left = all.map(p -> output.relativize(p).toString())
                    .filter(name -> name.endsWith(".partial") || name.endsWith(".link") || name.contains(".pdf-work")
                            || name.contains(".latest-") || (name.startsWith(".work/") && !name.equals(".work")))
                    .toList();
            assertThat(left).as("left over after the run that followed a kill at %s", when).isEmpty();
        }
    }
}
