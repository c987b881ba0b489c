package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.run.ExitCode;

/**
 * {@code serve --offices}: the nightly run is the multi-office one, and the status page shows the
 * overview of every office with links to each compiled office's pages, served from that office's
 * folder; a folder of offices publishes only the overview at its top.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "ita.offices.threads=2", "ita.serve.port=0",
        "spring.datasource.url=jdbc:hsqldb:mem:serve-offices;hsqldb.tx=mvcc"})
class OfficesStatusEndToEndTest {

    static final String GOOD = "อบต.นาทอน";
    static final String BAD = "อบต.ขอนคลาน";

    @Autowired
    ServeMode serve;

    final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thePageShowsEveryOfficeAndServesEachCompiledOfficesPages(@TempDir Path work) throws Exception {
        Path input = work.resolve("offices");
        SampleInput.copyInto(input.resolve(GOOD));
        SampleInput.copyInto(input.resolve(BAD));
        Files.writeString(input.resolve(BAD).resolve(JobDefinitionLoader.OFFICE_FILE),
                "organisation:\n  name: องค์การบริหารส่วนตำบลขอนคลาน\nfiscal-year: 25x8\n");
        Path output = work.resolve("output");
        TestConsole log = new TestConsole();
        ServeMode.Serving serving = serve.start(new ServeMode.Request(input, output, Path.of("jobs/natorn-2568.yml"),
                Duration.ZERO, true), log);
        try {
            String base = "http://127.0.0.1:" + serving.port();
            assertThat(log.text()).contains("หลายหน่วยงาน").contains(base + "/");
            Document before = Jsoup.parse(get(base + "/").body());
            assertThat(before.selectFirst(".overview-error").text()).contains("ยังไม่มี overview.json");

            NightlyRun.Attempt attempt = serving.runNow();
            assertThat(attempt.exitCode()).as(attempt.summary().toString()).isEqualTo(ExitCode.FAILED);

            HttpResponse<String> response = get(base + "/");
            assertThat(response.statusCode()).isEqualTo(200);
            Document doc = Jsoup.parse(response.body());
            // One office's sections are not shown; the overview is.
            assertThat(doc.getElementById("departments")).isNull();
            assertThat(doc.getElementById("history")).isNull();
            List<Element> rows = doc.select("table.offices tr.office");
            assertThat(rows).extracting(r -> r.selectFirst(".office-name").text()).containsExactly(BAD, GOOD);
            assertThat(rows).extracting(r -> r.attr("data-state")).containsExactly("FAILED", "COMPILED");
            assertThat(rows.get(0).selectFirst(".reason").text()).isNotBlank();
            assertThat(rows.get(0).select("a")).isEmpty();
            Element attention = doc.getElementById("attention");
            assertThat(attention.selectFirst(".offices-failed").text()).contains("1 แห่ง");
            assertThat(attention.selectFirst(".last-error")).isNotNull();
            assertThat(doc.select("#files a[href]").eachAttr("href")).containsExactly("/files/index.html",
                    "/files/overview.json");

            // The compiled office's pages, served from its own folder.
            String report = rows.get(1).selectFirst("a.report").attr("href");
            String validation = rows.get(1).selectFirst("a.validation").attr("href");
            assertThat(report).startsWith("/files/").endsWith("/report.html").doesNotContain("อบต");
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + report)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).isEqualTo(Files.readAllBytes(output.resolve(GOOD).resolve("report.html")));
            assertThat(get(base + validation).statusCode()).isEqualTo(200);

            // The overview page's own relative links work from where it is served.
            HttpResponse<String> index = get(base + "/files/index.html");
            assertThat(index.statusCode()).isEqualTo(200);
            String indexLink = Jsoup.parse(index.body()).selectFirst("tr.office[data-state=COMPILED] a.report").attr("href");
            assertThat(get(URI.create(base + "/files/index.html").resolve(indexLink).toString()).statusCode())
                    .isEqualTo(200);
            assertThat(get(base + "/files/overview.json").body()).contains("\"offices\"");

            // Nothing else: one office's names at the top, offices that are not in the overview, other files.
            Files.writeString(output.resolve(GOOD).resolve("secret.txt"), "not for the web");
            Files.createDirectories(output.resolve("other"));
            Files.copy(output.resolve(GOOD).resolve("report.json"), output.resolve("other").resolve("report.json"));
            for (String path : List.of("/files/report.html", "/files/report.json", "/files/other/report.json",
                    "/files/" + enc(GOOD) + "/secret.txt", "/files/" + enc(GOOD) + "/index.html",
                    "/files/" + enc(BAD) + "/report.html", "/files/.history/jobrepo.script", "/files/2568/report.html")) {
                HttpResponse<String> refused = get(base + path);
                assertThat(refused.statusCode()).as(path).isEqualTo(404);
                assertThat(refused.body()).as(path).doesNotContain("not for the web");
            }
        } finally {
            serving.close();
        }
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String segment) {
        return org.springframework.web.util.UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
