package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.ita.report.MailDefinition;
import th.ita.report.TestConsole;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.output.publishing.Checkpoints;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.run.RunHistory;

/**
 * The e-mail to departments against a real SMTP server (GreenMail) started by the test, on the real
 * job with real workbooks: two departments with problems and one that sent nothing get one e-mail
 * each (Thai subject, their own rows only, in the body and in the attached workbook); the department
 * without problems gets none. Nothing goes twice: not for a rerun in which that department's part is
 * unchanged, not for a restart after the run died while sending. A server that is down changes
 * nothing about how the run ends.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:mail"})
class DepartmentMailEndToEndTest {

    static final String FINANCE = "finance@natorn.go.th";
    static final String WORKS = "works@natorn.go.th";
    static final String EDUCATION = "education@natorn.go.th";
    static final String OFFICE = "palad@natorn.go.th";
    static final String HOSTILE = "<b>ไม่มี</b> [(${7*7})]";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Stops the run at the first e-mail sent, as a process killed there would (armed by a test). */
    static final AtomicBoolean DIE_AFTER_FIRST_MAIL = new AtomicBoolean();

    static final class Killed extends Error {
        Killed() {
            super("killed after the first e-mail");
        }
    }

    @TestConfiguration
    static class DieAfterFirstMail {
        @Bean
        Checkpoints dieAfterFirstMail() {
            return name -> {
                if (name.equals(Checkpoints.MAIL_SENT) && DIE_AFTER_FIRST_MAIL.getAndSet(false)) {
                    throw new Killed();
                }
            };
        }
    }

    @Autowired
    CompileRun compiler;

    @Autowired
    RunHistory history;

    @TempDir
    Path work;

    Path input;
    Path output;

    @BeforeEach
    void departmentsSendTheirFiles() throws IOException {
        DIE_AFTER_FIRST_MAIL.set(false);
        input = Files.createDirectories(work.resolve("input"));
        output = work.resolve("output");
        // สำนักปลัด: the shipped sample, every row taken (it has warnings, which alone bring no e-mail).
        Files.copy(Path.of("input", "สำนักปลัด.xlsx"), input.resolve("สำนักปลัด.xlsx"));
        financeWithTwoErrors();
        // กองช่าง: one row taken, one not (its measure names none of the year's, in text that must stay text).
        TestWorkbooks.xlsx(input.resolve("กองช่าง.xlsx"), "กองช่าง",
                new String[] {"3", "ประชาสัมพันธ์ทางเว็บไซต์", "ต.ค. 2567 - ก.ย. 2568", "กองช่าง", "เผยแพร่ ๑๒ ครั้ง", ""},
                new String[] {HOSTILE, "ขั้นตอนของกองช่าง", "", "", "ผลของกองช่าง", ""});
        // กองการศึกษา ศาสนาและวัฒนธรรม sends nothing.
    }

    /** กองคลัง: one row taken, one with an unknown measure number, and the row that continues it. */
    private void financeWithTwoErrors() throws IOException {
        TestWorkbooks.xlsx(input.resolve("กองคลัง.xlsx"), "กองคลัง",
                new String[] {"5", "เปิดเผยแผนจัดซื้อจัดจ้าง", "ต.ค. 2567 - ก.ย. 2568", "กองคลัง", "ประกาศ ๔ ครั้ง", ""},
                new String[] {"๘", "ขั้นตอนของกองคลัง", "", "", "ผลของกองคลัง", ""},
                new String[] {"", "ต่อจากแถวที่ไม่รับ", "", "", "", ""});
    }

    @Test
    void twoWithProblemsAndOneMissingGetOneEmailEachAndTheOneWithoutProblemsNone() throws Exception {
        TestConsole console = new TestConsole();
        CompileRun.Result result = compiler.compile(request(job(smtp.getSmtp().getPort())), console);

        assertThat(result.exitCode()).as(console.text()).isEqualTo(ExitCode.OK);
        Map<String, Received> mail = received();
        assertThat(mail).as("one e-mail per department with something to do, none to %s", OFFICE)
                .containsOnlyKeys(FINANCE, WORKS, EDUCATION);

        Received finance = mail.get(FINANCE);
        assertThat(finance.subject).isEqualTo("[ITA ๒๕๖๘] อบต.นาทอน: ไฟล์ของกองคลังมีรายการที่ต้องแก้ ๒ รายการ");
        assertThat(finance.from).isEqualTo("อบต.นาทอน <ita@natorn.go.th>");
        assertThat(finance.replyTo).isEqualTo("nitaya@natorn.go.th");
        Document body = Jsoup.parse(finance.html);
        assertThat(body.select("tr[data-code]")).extracting(e -> e.attr("data-code"))
                .containsExactly("measure.unknownNumber", "row.continuesRejected");
        assertThat(body.text()).contains("เรียน กองคลัง", "กองคลัง.xlsx", "A5", "A6", "นิตยา สันหลี่", "นิติกรปฏิบัติการ",
                "\\\\natorn-srv\\ita\\input").doesNotContain("กองช่าง.xlsx", "สำนักปลัด.xlsx", "ขั้นตอนของกองช่าง");
        assertThat(finance.text).contains("เรียน กองคลัง", "A5", "A6").doesNotContain("กองช่าง");
        assertThat(finance.attachments).containsOnlyKeys("ผลการตรวจไฟล์ กองคลัง.xlsx");
        List<List<String>> financeRows = sheetRows(finance.attachments.get("ผลการตรวจไฟล์ กองคลัง.xlsx"), "กองคลัง");
        assertThat(financeRows).extracting(r -> r.get(0)).containsOnly("กองคลัง.xlsx");
        assertThat(financeRows).extracting(r -> r.get(3)).contains("A5", "A6");

        Received works = mail.get(WORKS);
        assertThat(works.subject).isEqualTo("[ITA ๒๕๖๘] อบต.นาทอน: ไฟล์ของกองช่างมีรายการที่ต้องแก้ ๑ รายการ");
        // The workbook's text is shown as text: escaped in the HTML, as typed in the plain text, never evaluated.
        assertThat(works.html).contains("&lt;b&gt;ไม่มี&lt;/b&gt; [(${7*7})]").doesNotContain("<b>ไม่มี", "49");
        assertThat(Jsoup.parse(works.html).text()).contains(HOSTILE).doesNotContain("กองคลัง.xlsx");
        assertThat(works.text).contains(HOSTILE).doesNotContain("&lt;", "49");
        List<List<String>> worksRows = sheetRows(works.attachments.get("ผลการตรวจไฟล์ กองช่าง.xlsx"), "กองช่าง");
        assertThat(worksRows).extracting(r -> r.get(0)).containsOnly("กองช่าง.xlsx");
        assertThat(worksRows).anyMatch(r -> r.get(5).contains(HOSTILE));

        Received education = mail.get(EDUCATION);
        assertThat(education.subject)
                .isEqualTo("[ITA ๒๕๖๘] อบต.นาทอน: ยังไม่ได้รับไฟล์รายงานของกองการศึกษา ศาสนาและวัฒนธรรม");
        assertThat(Jsoup.parse(education.html).text()).contains("ยังไม่ได้รับไฟล์", "\\\\natorn-srv\\ita\\input",
                "นิตยา สันหลี่").doesNotContain("กองคลัง.xlsx", "กองช่าง.xlsx");
        // The reminder carries the department's ready-to-fill form.
        byte[] form = education.attachments.get("กองการศึกษา ศาสนาและวัฒนธรรม.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(1).getCell(1)))
                    .isEqualTo("กองการศึกษา ศาสนาและวัฒนธรรม");
        }

        RunSummary summary = result.summary().orElseThrow();
        assertThat(summary.mail()).extracting(RunSummary.Mail::department, RunSummary.Mail::address,
                RunSummary.Mail::sent).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("กองคลัง", FINANCE, true),
                        org.assertj.core.groups.Tuple.tuple("กองช่าง", WORKS, true),
                        org.assertj.core.groups.Tuple.tuple("กองการศึกษา ศาสนาและวัฒนธรรม", EDUCATION, true));
        assertThat(console.text()).contains("อีเมลถึงส่วนราชการ: ส่งแล้ว ๓ ฉบับ, ส่งไม่สำเร็จ ๐ ฉบับ, ไม่ส่งซ้ำ ๐ ฉบับ");
        // The status page and the history read the same summary from the job repository.
        assertThat(history.recent(1).get(0).summary().orElseThrow().mail()).isEqualTo(summary.mail());
    }

    @Test
    void aRerunSendsOnlyWhatChangedAndAProblemThatComesBackIsToldAgain() throws Exception {
        Path job = job(smtp.getSmtp().getPort());
        compiler.compile(request(job), new TestConsole());
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // The next night กองคลัง has fixed its file; nothing changed for กองช่าง and กองการศึกษา.
        TestWorkbooks.xlsx(input.resolve("กองคลัง.xlsx"), "กองคลัง",
                new String[] {"5", "เปิดเผยแผนจัดซื้อจัดจ้าง", "ต.ค. 2567 - ก.ย. 2568", "กองคลัง", "ประกาศ ๔ ครั้ง", ""});
        TestConsole second = new TestConsole();
        CompileRun.Result fixed = compiler.compile(request(job), second);

        assertThat(fixed.unchanged()).as("the input changed: the job ran again").isFalse();
        assertThat(smtp.getReceivedMessages()).as("nothing new to tell anyone").hasSize(3);
        assertThat(fixed.summary().orElseThrow().mail()).extracting(RunSummary.Mail::address, RunSummary.Mail::sent,
                RunSummary.Mail::unchanged).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(WORKS, false, true),
                        org.assertj.core.groups.Tuple.tuple(EDUCATION, false, true));
        assertThat(second.text()).contains("ส่งแล้ว ๐ ฉบับ, ส่งไม่สำเร็จ ๐ ฉบับ, ไม่ส่งซ้ำ ๒ ฉบับ");

        // The night after, the same mistake is back in กองคลัง's file: it hears of it again, and only it.
        financeWithTwoErrors();
        compiler.compile(request(job), new TestConsole());
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            recipients.add(recipient(m));
        }
        assertThat(recipients).containsExactlyInAnyOrder(FINANCE, WORKS, EDUCATION, FINANCE);
    }

    @Test
    void aRunRestartedAfterDyingWhileSendingSendsEachEmailOnce() throws Exception {
        Path job = job(smtp.getSmtp().getPort());
        DIE_AFTER_FIRST_MAIL.set(true);
        TestConsole first = new TestConsole();
        CompileRun.Result died = compiler.compile(request(job), first);

        assertThat(died.exitCode()).as(first.text()).isEqualTo(ExitCode.FAILED);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // The same input again: the failed run is restarted from its e-mail step (its outputs were written).
        TestConsole second = new TestConsole();
        CompileRun.Result restarted = compiler.compile(request(job), second);

        assertThat(restarted.exitCode()).as(second.text()).isEqualTo(ExitCode.OK);
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .isEqualTo(died.execution().getJobInstance().getInstanceId());
        assertThat(restarted.execution().getStepExecutions()).extracting(s -> s.getStepName())
                .as("only the e-mail step ran again").containsExactly("mailDepartments");
        assertThat(received()).containsOnlyKeys(FINANCE, WORKS, EDUCATION);
        assertThat(smtp.getReceivedMessages()).as("each e-mail once").hasSize(3);
        assertThat(restarted.summary().orElseThrow().mail()).filteredOn(RunSummary.Mail::unchanged)
                .extracting(RunSummary.Mail::address).containsExactly(FINANCE);
    }

    @Test
    void aServerThatIsDownLeavesTheRunsExitStatusAsItWouldBe() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path job = job(closed);
        TestConsole console = new TestConsole();
        CompileRun.Result result = compiler.compile(request(job), console);

        assertThat(result.exitCode()).as(console.text()).isEqualTo(ExitCode.OK);
        String reason = "เชื่อมต่อเซิร์ฟเวอร์อีเมล 127.0.0.1:" + closed + " ไม่ได้";
        assertThat(result.summary().orElseThrow().mail()).hasSize(3).allSatisfy(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.error()).startsWith(reason);
        });
        assertThat(console.text()).contains("ส่งแล้ว ๐ ฉบับ, ส่งไม่สำเร็จ ๓ ฉบับ")
                .contains("- ส่งอีเมลถึงกองคลัง (" + FINANCE + ") ไม่สำเร็จ: " + reason);
        assertThat(result.execution().getExitStatus().getExitCode()).isEqualTo("COMPLETED");

        // A run with no usable row keeps its own ending (3, NO_REPORT in the history) with the server down.
        Files.delete(input.resolve("สำนักปลัด.xlsx"));
        TestWorkbooks.xlsx(input.resolve("กองคลัง.xlsx"), "กองคลัง", new String[] {"๘", "ขั้นตอน", "", "", "ผล", ""});
        TestWorkbooks.xlsx(input.resolve("กองช่าง.xlsx"), "กองช่าง", new String[] {"๙", "ขั้นตอน", "", "", "ผล", ""});
        TestConsole noReport = new TestConsole();
        CompileRun.Result nothing = compiler.compile(request(job), noReport);
        assertThat(nothing.exitCode()).as(noReport.text()).isEqualTo(ExitCode.NO_REPORT);
        assertThat(nothing.execution().getExitStatus().getExitCode()).isEqualTo(WriteOutputs.NO_REPORT);
        assertThat(nothing.summary().orElseThrow().mail()).hasSize(4).noneMatch(RunSummary.Mail::sent);
        assertThat(noReport.text()).contains("ส่งไม่สำเร็จ ๔ ฉบับ");
    }

    // --- the job definition and the run ---------------------------------------------------------

    private CompileRun.Request request(Path job) {
        return new CompileRun.Request(input, output, job, null);
    }

    /** The shipped definition with an address for each department and the test's SMTP server. */
    private Path job(int port) throws IOException {
        String definition = MailDefinition.withEmails("สำนักปลัด", OFFICE, "กองคลัง", FINANCE,
                "กองช่าง", "[" + WORKS + "]", "กองการศึกษา ศาสนาและวัฒนธรรม", EDUCATION)
                + """

                mail:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  from: ita@natorn.go.th
                  reply-to: nitaya@natorn.go.th
                  drop-folder: \\\\natorn-srv\\ita\\input
                  timeout: 5
                """.formatted(port);
        Path file = work.resolve("jobs").resolve("natorn-2568.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, definition);
        return file;
    }

    // --- what the server received ---------------------------------------------------------------

    /** One e-mail as a department reads it. */
    record Received(String subject, String from, String replyTo, String html, String text,
                    Map<String, byte[]> attachments) {
    }

    /** Every e-mail received, by its one recipient (a second e-mail to the same address fails the test). */
    private static Map<String, Received> received() throws Exception {
        Map<String, Received> byAddress = new LinkedHashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Received r = read(m);
            assertThat(byAddress.put(recipient(m), r)).as("a second e-mail to %s", recipient(m)).isNull();
        }
        return byAddress;
    }

    private static String recipient(MimeMessage m) throws Exception {
        assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
        return m.getRecipients(Message.RecipientType.TO)[0].toString();
    }

    private static Received read(MimeMessage m) throws Exception {
        Map<String, Object> parts = new LinkedHashMap<>();
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        walk(m, parts, attachments);
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        return new Received(m.getSubject(), from.getPersonal() + " <" + from.getAddress() + ">",
                ((InternetAddress) m.getReplyTo()[0]).getAddress(),
                (String) parts.get("text/html"), (String) parts.get("text/plain"), attachments);
    }

    private static void walk(Part part, Map<String, Object> texts, Map<String, byte[]> attachments) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, texts, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.put(MimeUtility.decodeText(part.getFileName()), in.readAllBytes());
            }
        } else if (part.isMimeType("text/html")) {
            texts.put("text/html", part.getContent());
        } else if (part.isMimeType("text/plain")) {
            texts.put("text/plain", part.getContent());
        }
    }

    /** The attached workbook has the department's sheet alone; its rows below the header, as text. */
    private static List<List<String>> sheetRows(byte[] xlsx, String department) throws IOException {
        assertThat(xlsx).as("attachment").isNotNull();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(department);
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            assertThat(rows).isNotEmpty();
            return rows;
        }
    }
}
