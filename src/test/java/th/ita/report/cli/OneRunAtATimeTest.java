package th.ita.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.Child;
import th.ita.report.ItaReportApplication;
import th.ita.report.SampleInput;
import th.ita.report.run.ExitCode;

/**
 * Two runs started at the same moment on one output folder, ten times, on a new folder and on one
 * that already has runs: each time one compiles (exit 0) and the other is refused at once (exit 4,
 * within two seconds, saying which run holds the folder), and the history lists every run that ran.
 */
class OneRunAtATimeTest {

    record Ended(int exit, long millis, String console) {
    }

    @Test
    void ofTwoRunsStartedTogetherOneRunsAndTheOtherIsRefusedAtOnce(@TempDir Path work) throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path shared = work.resolve("shared-output");
        // The jars are in the file cache on an office machine that runs this every night; so here too.
        assertThat(run(List.of("--version")).exit()).isZero();
        int compiledOnShared = 0;
        List<String> refusals = new ArrayList<>();
        List<Long> refusedMillis = new ArrayList<>();
        for (int pair = 1; pair <= 10; pair++) {
            boolean fresh = pair % 2 == 1;
            Path output = fresh ? work.resolve("output-" + pair) : shared;
            // The input changes every time, so the winner really compiles.
            Files.writeString(input.resolve("note-" + pair + ".txt"), "pair " + pair);
            List<String> arguments = List.of("--input=" + input, "--output=" + output, Child.job(),
                    "--ita.pdf.enabled=false");
            CompletableFuture<Ended> first = CompletableFuture.supplyAsync(() -> run(arguments));
            CompletableFuture<Ended> second = CompletableFuture.supplyAsync(() -> run(arguments));
            List<Ended> both = List.of(first.get(5, TimeUnit.MINUTES), second.get(5, TimeUnit.MINUTES));

            assertThat(both).as("pair %d: %s", pair, both).extracting(Ended::exit)
                    .containsExactlyInAnyOrder(ExitCode.OK.code(), ExitCode.ANOTHER_RUN.code());
            Ended refused = both.stream().filter(e -> e.exit() == ExitCode.ANOTHER_RUN.code()).findFirst().orElseThrow();
            assertThat(refused.millis()).as("pair %d refused after %d ms", pair, refused.millis()).isLessThan(2_000);
            assertThat(refused.console()).contains("ใช้โฟลเดอร์ผลลัพธ์").contains("compile")
                    .doesNotContain("Exception");
            refusals.add(refused.console());
            refusedMillis.add(refused.millis());
            if (!fresh) {
                compiledOnShared++;
            }
            assertThat(output.resolve("report.html")).isRegularFile();
        }
        System.out.println("one run at a time: refused after (ms) " + refusedMillis);
        // Every run that ran is in the history: none was lost to a second run re-creating the repository.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Launcher.run(new PrintStream(out), new String[] {"history", "--output=" + shared})).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(lines).as(out.toString(StandardCharsets.UTF_8)).hasSize(compiledOnShared)
                .allSatisfy(line -> assertThat(line).contains("เสร็จ").contains(buddhistYearInThaiDigits()));
    }

    /** This year of the Buddhist era, as the history prints its dates: e.g. ๒๕๖๙. */
    private static String buddhistYearInThaiDigits() {
        int year = java.time.chrono.ThaiBuddhistDate.now(java.time.ZoneId.of("Asia/Bangkok"))
                .get(java.time.temporal.ChronoField.YEAR);
        StringBuilder thai = new StringBuilder();
        String.valueOf(year).chars().forEach(c -> thai.append((char) ('\u0E50' + (c - '0'))));
        return thai.toString();
    }

    private static Ended run(List<String> arguments) {
        try {
            long start = System.nanoTime();
            Process process = Child.start(ItaReportApplication.class, arguments);
            String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return new Ended(process.exitValue(), (System.nanoTime() - start) / 1_000_000, console);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
