package th.ita.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one run holds the job repository of an output folder, a second run on the same folder
 * says so in one line, touches nothing, and exits with status 4. The first run is played by
 * this test holding the database file open; the second is a real JVM started from the
 * test classpath.
 */
class OneRunAtATimeTest {

    @Test
    void aSecondRunIsRefusedWithItsOwnStatus(@TempDir Path work) throws Exception {
        Path output = Files.createDirectories(work.resolve("output"));
        Path input = Files.createDirectories(work.resolve("input"));
        String url = "jdbc:hsqldb:file:" + output.resolve(".history/jobrepo");
        try (Connection held = DriverManager.getConnection(url, "SA", "")) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    ItaReportApplication.class.getName(),
                    "--input=" + input, "--output=" + output, "--job=" + Path.of("jobs/natorn-2568.yml").toAbsolutePath()))
                    .redirectErrorStream(true).start();
            String console = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(second.exitValue()).as(console).isEqualTo(StartupFailure.ANOTHER_RUN);
            assertThat(console).contains("กำลังทำงาน").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(output.resolve("report.json")).doesNotExist();
        }
    }
}
