package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

import th.ita.report.TestConsole;
import th.ita.report.config.ItaSettings;
import th.ita.report.job.RunSummary;
import th.ita.report.intake.IntakeLimits;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;
import th.ita.report.run.Reporter;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.text.Numerals;

/**
 * The status page of serve mode against an output folder written by one real compile run: three of
 * the four sample departments sent their workbook, กองช่าง did not. The server is the real one
 * (embedded Tomcat in serve's own web context), on 127.0.0.1 at a free port, asked with
 * java.net.http.HttpClient (and, where the exact bytes of the request matter, with a plain socket).
 * Connections that do not send a whole request are closed after five seconds here.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:serve", "ita.serve.port=0", "ita.serve.connection-timeout=PT5S"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusWebEndToEndTest {

    static final Path JOB = Path.of("jobs/natorn-2568.yml");
    static final List<String> DEPARTMENTS = List.of("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม");

    @Autowired
    CompileRun compiler;

    @Autowired
    ServeMode serve;

    @Autowired
    OfficesRun offices;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ApplicationContext application;

    @Autowired
    JobDefinitionLoader loader;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    Path input;
    Path output;
    JobExecution compiled;
    ServeMode.Serving serving;
    final TestConsole serveLog = new TestConsole();
    String base;
    final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void oneRealCompileRunThenServe(@TempDir Path work) throws Exception {
        input = Files.createDirectories(work.resolve("input"));
        output = work.resolve("output");
        copySamples(input, "กองช่าง.xls");
        CompileRun.Result result = compiler.compile(new CompileRun.Request(input, output, JOB, null), Reporter.SILENT);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        compiled = result.execution();
        // Something in the output folder that is not on the list of files to serve.
        Files.writeString(output.resolve("secret.txt"), "not for the web");

        serving = serve.start(new ServeMode.Request(input, output, JOB, Duration.ofMinutes(1)), serveLog);
        base = "http://127.0.0.1:" + serving.port();
    }

    @AfterAll
    void stop() {
        if (serving != null) {
            serving.close();
        }
    }

    @Test
    void thePageShowsTheRunTheDepartmentsTheLinksTheScheduleAndTheHistory() throws Exception {
        java.time.LocalDate nextBefore = serving.schedule().next(clock).toLocalDate();
        HttpResponse<String> response = get("/");
        java.time.LocalDate nextAfter = serving.schedule().next(clock).toLocalDate();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringWhitespace("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").contains("form-action 'self'").doesNotContain("script-src");
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("th");
        assertThat(doc.title()).isEqualTo("สถานะการรวบรวมรายงาน ITA");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link[rel=stylesheet]")).isEmpty();

        // Each expected department in the job definition's order, with where it stands.
        List<Element> rows = doc.select("table.departments tr.department");
        assertThat(rows).extracting(r -> r.selectFirst(".department-name").text()).containsExactlyElementsOf(DEPARTMENTS);
        assertThat(rows).extracting(r -> r.attr("data-status"))
                .containsExactly("submitted", "submitted", "missing", "submitted");
        assertThat(rows).extracting(r -> r.selectFirst(".badge").text())
                .containsExactly("ส่งแล้ว", "ส่งแล้ว", "ยังไม่ส่ง", "ส่งแล้ว");
        assertThat(rows.get(1).text()).contains("กองคลัง.xlsx").contains("๒๕๖๗");
        assertThat(rows.get(1).select("li.warning")).isNotEmpty();
        assertThat(rows.get(3).text()).contains("อปต.");
        assertThat(rows.get(2).select(".file-name")).isEmpty();
        assertThat(rows.get(2).selectFirst(".no-file").text()).isEqualTo("ยังไม่ได้รับไฟล์จากส่วนราชการนี้");
        assertThat(rows.get(0).select(".no-file")).isEmpty();

        // The last run, with the figures the job recorded.
        Element last = doc.getElementById("last-run");
        assertThat(last.selectFirst(".files-read").text()).isEqualTo("3");
        assertThat(last.selectFirst(".files-rejected").text()).isEqualTo("0");
        assertThat(last.selectFirst(".files-deferred").text()).isEqualTo("0");
        assertThat(last.selectFirst(".rows-accepted").text())
                .isEqualTo(String.valueOf(RunSummary.of(compiled).orElseThrow().rowsAccepted()));
        assertThat(last.selectFirst(".rows-accepted").text()).isNotEqualTo("0");
        assertThat(last.selectFirst(".status").text()).isEqualTo("เสร็จ");
        assertThat(last.selectFirst(".missing").text()).isEqualTo("กองช่าง");

        // Links to the latest outputs, under fixed addresses.
        assertThat(doc.select("#files a[href]").eachAttr("href")).contains("/files/memo.docx", "/files/report.html",
                "/files/validation.html", "/files/validation.xlsx", "/files/publication-request.docx");
        // What needs the officer comes first: the department still missing and the emblem. The shipped
        // definition names no Garuda emblem: the officer is told where to put it.
        Element attention = doc.getElementById("attention");
        assertThat(attention.selectFirst(".missing-departments").text()).contains("ยังไม่ส่ง").endsWith("กองช่าง");
        assertThat(attention.selectFirst(".emblem-notice").text()).contains("ยังไม่มีภาพตราครุฑ").contains("garuda.png")
                .contains("natorn-2568.yml");
        assertThat(attention.select(".last-error, .mail-failed, .rejected-departments")).isEmpty();

        // The officer's button: a plain form posting to /run with the process's token, no script.
        Element form = doc.selectFirst("form.run-now");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/run");
        assertThat(form.selectFirst("input[type=hidden][name=token]").val()).hasSizeGreaterThan(30);
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("รวบรวมเดี๋ยวนี้");
        assertThat(doc.select("meta[http-equiv=refresh]")).as("no run is going").isEmpty();

        // The next run: 02:00 by the default schedule, in Bangkok.
        assertThat(doc.selectFirst(".next-run").text()).endsWith("เวลา 02:00:00 น.");
        // (The day is taken before and after the request, so a request at 02:00 itself cannot make this fail.)
        assertThat(doc.selectFirst(".next-run").text()).satisfiesAnyOf(
                text -> assertThat(text).startsWith(ThaiDates.longDate(nextBefore, Numerals.arabic()) + " "),
                text -> assertThat(text).startsWith(ThaiDates.longDate(nextAfter, Numerals.arabic()) + " "));
        assertThat(doc.selectFirst(".cron").text()).isEqualTo("0 0 2 * * *");
        assertThat(doc.selectFirst(".zone").text()).isEqualTo("Asia/Bangkok");

        // The history lists the run.
        assertThat(doc.select("table.history tr.run").eachAttr("data-execution")).contains(String.valueOf(compiled.getId()));
    }

    @Test
    void theLinksServeTheFilesOfTheOutputFolder() throws Exception {
        for (String name : List.of("memo.docx", "report.html", "validation.html", "validation.xlsx", "report.json")) {
            HttpResponse<byte[]> response = http.send(request("/files/" + name).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.body()).as(name).isEqualTo(Files.readAllBytes(output.resolve(name)));
        }
        assertThat(get("/files/memo.docx").headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(get("/files/validation.xlsx").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"validation.xlsx\"");
        assertThat(get("/files/report.html").headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringWhitespace("text/html;charset=UTF-8");
        assertThat(get("/files/report.html").headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("form-action 'none'");
        // On the list, but not written (PDF copies are off): not found.
        assertThat(get("/files/memo.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void pathsOutsideTheFixedListAreNotFound() throws Exception {
        for (String path : List.of("/files/%2e%2e/x", "/files/secret.txt",
                "/files/", "/files/REPORT.HTML", "/files/report.html/", "/files//report.html", "/files/.history",
                "/files/2568", "/files/2568/report.html", "/files/latest/report.html", "/nothing", "/index.html",
                "/report.html", "/static/x.css", "/webjars/x.js", "/templates/status/status.html", "/error",
                "/application.properties", "/messages.properties")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("not for the web")
                    .contains("ไม่พบหน้านี้");
        }
        // The same and worse as raw bytes, so no client can tidy the path up before sending it: refused
        // by Tomcat (400: above the root, an encoded slash) or not found, never a file.
        for (String path : List.of("/files/../../etc/passwd", "/files/%2e%2e/x", "/files/../secret.txt",
                "/files/../report.json", "/files/%2E%2E%2Freport.json", "/files/..%2f..%2fetc%2fpasswd",
                "/files/..\\secret.txt", "/files/%5c..%5csecret.txt", "/../../etc/passwd",
                "/files/%2e%2e/%2e%2e/etc/passwd")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 40[04] .*").doesNotContain("root:")
                    .doesNotContain("not for the web").doesNotContain("\"fiscalYear\"");
        }
    }

    @Test
    void onlyGetAndHeadAreAnsweredBesidesTheRunNowForm() throws Exception {
        HttpResponse<String> post = http.send(request("/").POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(post.body()).contains("หน้านี้อ่านได้อย่างเดียว");
        for (String path : List.of("/", "/files/report.html", "/run", "/nothing")) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND")) {
                HttpResponse<String> response = http.send(request(path)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
            }
        }
        assertThat(http.send(request("/files/report.html").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        // GET of the button's address is not a way round the form.
        HttpResponse<String> getRun = get("/run");
        assertThat(getRun.statusCode()).isEqualTo(405);
        assertThat(getRun.headers().firstValue("Allow")).contains("POST");
        assertThat(raw("TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405");
        // HEAD: the headers of a GET, no body.
        HttpResponse<String> head = http.send(request("/files/report.html").method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(output.resolve("report.html")));
    }

    @Test
    void errorPagesAreThaiAndNameNoExceptionWhateverTheBrowserAccepts() throws Exception {
        // Refused by Tomcat before the application: a broken escape, an encoded slash.
        for (String path : List.of("/%zz", "/files/%zz", "/files/a%2fb")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("lang=\"th\"")
                    .contains("คำขอไม่ถูกต้อง").contains("Content-Security-Policy: default-src 'none'");
            assertNothingTechnical(answer);
        }
        for (String accept : List.of("text/html", "*/*", "application/json")) {
            HttpResponse<String> missing = http.send(request("/nothing").header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            Document page = Jsoup.parse(missing.body());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("th");
            assertThat(page.selectFirst("h1").text()).as(accept).startsWith("ไม่พบหน้านี้");
            assertThat(page.select("script")).isEmpty();
            assertNothingTechnical(missing.body());
        }
        String forbidden = raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(forbidden).contains("ไม่อนุญาต");
        assertNothingTechnical(forbidden);
        // The page is Thai whatever language the browser prefers.
        HttpResponse<String> english = http.send(request("/").header("Accept-Language", "en-US,en;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.headers().firstValue("Content-Language")).contains("th-TH");
        assertThat(Jsoup.parse(english.body()).selectFirst("#schedule h2").text()).isEqualTo("กำหนดการรวบรวม");
    }

    static void assertNothingTechnical(String answer) {
        assertThat(answer).doesNotContainIgnoringCase("exception").doesNotContain("Tomcat").doesNotContain("at org.")
                .doesNotContain("at th.").doesNotContain("HTTP Status").doesNotContain("Bad Request")
                .doesNotContain("Not Found").doesNotContain("Whitelabel").doesNotContain("trace");
    }

    @Test
    void halfOpenConnectionsNeitherBlockThePageNorStayOpen() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        List<Socket> stalled = new ArrayList<>();
        try {
            long opened = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), serving.port());
                // A request line and one header, and never the blank line that ends the headers.
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpResponse<String> page = http.send(request("/").timeout(Duration.ofSeconds(4)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long pageAfter = System.nanoTime() - opened;
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("สถานะการรวบรวมรายงาน ITA");
            // The page came while both were still held open by the server.
            for (Socket socket : stalled) {
                socket.setSoTimeout(200);
                assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            }
            // Then the server closes them (connection timeout: five seconds here), saying nothing.
            for (Socket socket : stalled) {
                socket.setSoTimeout(60_000);
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            long closedAfter = System.nanoTime() - opened;
            System.out.printf("half-open connections: page after %d ms, both closed after %d ms%n",
                    pageAfter / 1_000_000, closedAfter / 1_000_000);
            assertThat(Duration.ofNanos(closedAfter)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
            assertThat(get("/").statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void theRunNowButtonRunsOnTheSchedulersThreadAndRefusesOtherSites(@TempDir Path other) throws Exception {
        TestConsole log = new TestConsole();
        ServeMode.Serving own = serve.start(new ServeMode.Request(input, output, JOB, Duration.ZERO), log);
        try {
            String at = "http://127.0.0.1:" + own.port();
            String token = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(at + "/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body()).selectFirst("input[name=token]").val();

            // Another site's page cannot press it: no token, a wrong one, another origin, a cross-site fetch.
            assertThat(post(at, "", null, null)).isEqualTo(403);
            assertThat(post(at, "token=wrong", null, null)).isEqualTo(403);
            assertThat(post(at, "token=" + token, "http://attacker.example", null)).isEqualTo(403);
            assertThat(post(at, "token=" + token, "null", null)).isEqualTo(403);
            assertThat(post(at, "token=" + token, "http://127.0.0.1:" + own.port(), "cross-site")).isEqualTo(403);
            assertThat(post(at, "token=" + token, "http://localhost:1", "same-site")).isEqualTo(403);
            assertThat(raw(own.port(), "POST /run HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: " + (6 + token.length())
                    + "\r\nConnection: close\r\n\r\ntoken=" + token)).startsWith("HTTP/1.1 403");
            assertThat(log.text()).doesNotContain("(รหัสผล");

            // The officer's browser: its own origin, same-origin fetch. Post, redirect, get.
            HttpResponse<String> pressed = http.send(HttpRequest.newBuilder(URI.create(at + "/run"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://127.0.0.1:" + own.port()).header("Sec-Fetch-Site", "same-origin")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(pressed.statusCode()).isEqualTo(303);
            String location = pressed.headers().firstValue("Location").orElseThrow();
            assertThat(location).isIn("/?run=started", "/?run=busy");
            Document after = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(at + location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(after.selectFirst(".run-notice").text()).isIn("สั่งรวบรวมแล้ว หน้านี้จะโหลดใหม่เองจนกว่าจะเสร็จ",
                    "กำลังรวบรวมอยู่แล้ว จึงไม่ได้เริ่มรอบใหม่ รอให้รอบนี้เสร็จก่อน");

            // The run happens on the scheduler's thread and shows on the page as this process's last attempt.
            Document done = null;
            for (long end = System.nanoTime() + Duration.ofMinutes(2).toNanos(); System.nanoTime() < end; Thread.sleep(200)) {
                done = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(at + "/")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (done.selectFirst(".attempt") != null && done.select("meta[http-equiv=refresh]").isEmpty()) {
                    break;
                }
            }
            assertThat(done.selectFirst(".attempt").text()).contains("สำเร็จ").contains("ไม่เปลี่ยนแปลง");
            assertThat(log.text().lines().filter(l -> l.contains("(รหัสผล 0)"))).hasSize(1);
            // Without Origin or Sec-Fetch-Site (an old browser, a command line on this machine) the token suffices.
            assertThat(post(at, "token=" + token, null, null)).isEqualTo(303);
        } finally {
            own.close();
        }
    }

    int post(String at, String body, String origin, String fetchSite) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(at + "/run"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (fetchSite != null) {
            builder.header("Sec-Fetch-Site", fetchSite);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theMainApplicationIsNoWebApplicationAndHasNoneOfThePagesBeans() {
        // The batch commands' context: no web server, no controller, no MVC; only serve starts them, in its own context.
        assertThat(application).isNotInstanceOf(WebApplicationContext.class);
        assertThat(application.getBeanNamesForType(StatusController.class)).isEmpty();
        assertThat(application.getBeanNamesForType(StatusWebConfiguration.class)).isEmpty();
        assertThat(application.getBeanNamesForType(DispatcherServlet.class)).isEmpty();
        assertThat(application.getBeanNamesForType(ServletWebServerFactory.class)).isEmpty();
    }

    @Test
    void theServerIsBoundToTheLoopbackAddressOnly() throws Exception {
        InetAddress bound = serving.address();
        assertThat(bound.getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(bound.isLoopbackAddress()).isTrue();
        assertThat(bound.isAnyLocalAddress()).isFalse();
    }

    @Test
    void itCannotBeReachedOnThisMachinesOtherAddresses() throws Exception {
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        assumeThat(others).as("a non-loopback IPv4 address on this machine").isNotEmpty();
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, serving.port()), 10_000))
                        .as(address.toString()).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        // A web page elsewhere could point its own name at 127.0.0.1 (DNS rebinding); the Host header gives it away.
        assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(raw("GET /files/report.json HTTP/1.1\r\nHost: attacker.example:" + serving.port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1.attacker.example\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).as("no Host at all").startsWith("HTTP/1.1 4");
        // Through an SSH tunnel the name is localhost, maybe with another port.
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:18068\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET / HTTP/1.1\r\nHost: [::1]:8068\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aScheduledRunOnUnchangedInputSaysSoInOneLogLineAndOnThePage() throws Exception {
        NightlyRun.Attempt attempt = serving.runNow();

        assertThat(attempt.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(attempt.summary()).singleElement().asString().contains("ไม่เปลี่ยนแปลง");
        List<String> runLines = serveLog.text().lines().filter(l -> l.contains("(รหัสผล 0)")).toList();
        assertThat(runLines).singleElement().asString().contains("สำเร็จ").contains("ไม่เปลี่ยนแปลง");

        Document doc = Jsoup.parse(get("/").body());
        assertThat(doc.select(".attempt-none")).isEmpty();
        assertThat(doc.selectFirst(".attempt").text()).contains("สำเร็จ").contains("ไม่เปลี่ยนแปลง");
    }

    /** The e-mails to departments (filled by the mail step) as the page shows them, failed ones first of all. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void theLastRunsEmailsAreListedAndFailedOnesNeedTheOfficer() throws Exception {
        RunSummary recorded = RunSummary.of(compiled).orElseThrow();
        RunSummary withMail = new RunSummary(recorded.fiscalYear(), recorded.filesRead(), recorded.filesRejected(),
                recorded.filesIgnored(), recorded.filesDeferred(), recorded.rowsRead(), recorded.rowsAccepted(),
                recorded.rowsRejected(), recorded.warnings(), recorded.missingDepartments(), recorded.reportWritten(),
                recorded.output(), recorded.runFolder(), recorded.pdf(), recorded.files(), List.of(
                        new RunSummary.Mail("กองคลัง", "finance@natorn.go.th", true, null),
                        new RunSummary.Mail("กองช่าง", "works@natorn.go.th", false,
                                "เชื่อมต่อเซิร์ฟเวอร์อีเมล <smtp.natorn.go.th> ไม่ได้"),
                        new RunSummary.Mail("สำนักปลัด", "office@natorn.go.th", false, null)));
        String original = compiled.getExecutionContext().getString("summary");
        compiled.getExecutionContext().putString("summary", JsonMapper.builder().build().writeValueAsString(withMail));
        jobRepository.updateExecutionContext(compiled);
        try {
            Document doc = Jsoup.parse(get("/").body());
            List<Element> mail = doc.select("#last-run ul.mail li");
            assertThat(mail).extracting(li -> li.attr("data-sent")).containsExactly("true", "false", "false");
            assertThat(mail.get(0).text()).contains("กองคลัง").contains("finance@natorn.go.th").contains("ส่งแล้ว");
            assertThat(mail.get(1).text()).contains("กองช่าง").contains("works@natorn.go.th").contains("ส่งไม่สำเร็จ")
                    .contains("<smtp.natorn.go.th>");
            // Not sent again because nothing changed is not a failure.
            assertThat(mail.get(2).text()).contains("สำนักปลัด").contains("ไม่ส่งซ้ำ").doesNotContain("ไม่สำเร็จ");
            assertThat(mail.get(2).className()).isEqualTo("unchanged");
            assertThat(doc.selectFirst("#attention .mail-failed").text()).contains("ไม่สำเร็จ 1 ฉบับ");
        } finally {
            compiled.getExecutionContext().putString("summary", original);
            jobRepository.updateExecutionContext(compiled);
        }
        assertThat(Jsoup.parse(get("/").body()).select("#attention .mail-failed, ul.mail")).isEmpty();
    }

    // Last: its run becomes the newest in the shared job repository, which the other tests' pages show as the last run.
    @Test
    @Order(Integer.MAX_VALUE)
    void theScheduledRunLeavesRecentFilesForTheNextNight(@TempDir Path other) throws Exception {
        Path recentInput = Files.createDirectories(other.resolve("input"));
        Path recentOutput = other.resolve("output");
        copySamples(recentInput, "");
        try (Stream<Path> files = Files.list(recentInput)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
            }
        }
        // กองช่าง's file was "just" copied: within a quiet period of ten years.
        Files.setLastModifiedTime(recentInput.resolve("กองช่าง.xls"), FileTime.from(clock.instant()));
        ServeMode.Serving second = serve.start(new ServeMode.Request(recentInput, recentOutput, JOB, Duration.ofDays(3650)),
                new TestConsole());
        try {
            NightlyRun.Attempt attempt = second.runNow();

            assertThat(attempt.exitCode()).as(attempt.summary().toString()).isEqualTo(ExitCode.OK);
            assertThat(attempt.summary()).anySatisfy(line -> assertThat(line).contains("เลื่อนไปรอบหน้า ๑"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port() + "/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Document doc = Jsoup.parse(response.body());
            assertThat(doc.select("table.departments tr.department")).extracting(r -> r.attr("data-status"))
                    .containsExactly("submitted", "submitted", "deferred", "submitted");
            assertThat(doc.getElementById("last-run").selectFirst(".files-deferred").text()).isEqualTo("1");
        } finally {
            second.close();
        }
    }

    @Test
    void aPortInUseIsRefusedInOneLine(@TempDir Path other) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ItaSettings settings = new ItaSettings(Duration.ZERO, 10, new ItaSettings.Pdf(false),
                    new ItaSettings.Validation(50), new ItaSettings.Offices(0), new ItaSettings.Serve("0 0 2 * * *",
                    ZoneId.of("Asia/Bangkok"), taken.getLocalPort(), Duration.ofMinutes(1), "127.0.0.1", List.of(),
                    Duration.ofSeconds(15)), IntakeLimits.DEFAULTS);
            ServeMode onTakenPort = new ServeMode(compiler, offices, application, messages, clock, settings);
            assertThatThrownBy(() -> onTakenPort.start(new ServeMode.Request(input, other.resolve("output"), JOB, null),
                    Reporter.SILENT))
                    .isInstanceOf(ServeMode.SetupException.class)
                    .hasMessageContaining("พอร์ต " + taken.getLocalPort() + " ");
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** Sends the request bytes as written and returns the whole answer. */
    String raw(String request) throws IOException {
        return raw(serving.port(), request);
    }

    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void copySamples(Path into, String except) throws IOException {
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.toList()) {
                if (!sample.getFileName().toString().equals(except)) {
                    Files.copy(sample, into.resolve(sample.getFileName()));
                }
            }
        }
    }
}
