package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.Child;
import th.ita.report.ItaReportApplication;

/**
 * {@code serve} as the office runs it: a real JVM started from the test classpath, serving its page,
 * then stopped with SIGTERM (what systemd and Ctrl-C send). It must say it stopped and leave the
 * job repository closed, so the next command on the folder is not refused.
 */
class ServeProcessTest {

    static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a measurement
    void servesUntilSigtermThenStopsCleanly(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        Process serve = Child.start(ItaReportApplication.class, List.of("serve", "--input=" + input,
                "--output=" + output, Child.job(), "--ita.serve.port=0", "--ita.pdf.enabled=false"));
        StringBuilder console = new StringBuilder();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            Matcher address = null;
            for (String line; (line = lines.readLine()) != null; ) {
                console.append(line).append('\n');
                Matcher m = ADDRESS.matcher(line);
                if (m.find()) {
                    address = m;
                    break;
                }
            }
            assertThat(address).as(console.toString()).isNotNull();
            assertThat(console.toString()).contains("0 0 2 * * *").contains("Asia/Bangkok");

            HttpResponse<String> page = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build().send(
                    HttpRequest.newBuilder(URI.create(address.group())).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("lang=\"th\"").contains("ยังไม่มีประวัติการรวบรวม");
            // The job repository is open: HSQLDB marks its files as modified until it is shut down.
            assertThat(output.resolve(".history/jobrepo.properties")).content().contains("modified=yes");

            // SIGTERM, through the process handle: Process.destroy() would also close our end of its output.
            assertThat(serve.toHandle().destroy()).isTrue();
            console.append(readRest(lines));
            assertThat(serve.waitFor(2, TimeUnit.MINUTES)).as(console.toString()).isTrue();

            assertThat(console.toString()).contains("หยุดโหมดทำงานต่อเนื่องแล้ว")
                    .doesNotContain("Exception").doesNotContain("เริ่มโปรแกรมไม่ได้");
            // 143 = 128 + SIGTERM: the JVM's own status after its shutdown hooks ran.
            assertThat(serve.exitValue()).as(console.toString()).isEqualTo(143);
            // The job repository was shut down, not abandoned: checkpointed, its change log folded in.
            assertThat(output.resolve(".history/jobrepo.properties")).content().contains("modified=no");
            assertThat(output.resolve(".history/jobrepo.log")).doesNotExist();
        } finally {
            serve.destroyForcibly();
        }
    }

    private static String readRest(BufferedReader lines) throws IOException {
        StringBuilder rest = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            rest.append(line).append('\n');
        }
        return rest.toString();
    }
}
