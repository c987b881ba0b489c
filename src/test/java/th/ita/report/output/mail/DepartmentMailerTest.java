package th.ita.report.output.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.ita.report.definition.JobDefinition;
import th.ita.report.output.publishing.Checkpoints;
import th.ita.report.report.ValidationReport;
import th.ita.report.text.ThaiMessages;

/**
 * The mailer against a real SMTP server (GreenMail, which asks a password of the user it knows):
 * the password file, a wrong password, a server without STARTTLS, a server that never answers, a bad
 * department address, settings it cannot use, and what it records so that nothing goes twice.
 */
class DepartmentMailerTest {

    static final String USER = "ita@natorn.go.th";
    static final String PASSWORD = "รหัส-secret";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));

    @TempDir
    Path work;

    final ThaiMessages thai = new ThaiMessages(MailFixtures.messages());

    @Test
    void thePasswordFromItsFileLetsEveryEmailThroughAndASecondRunSendsNothingAgain() throws Exception {
        Path definition = definition("security: none", "username: " + USER, "password-file: secrets/mail.txt");
        Files.createDirectories(work.resolve("jobs/secrets"));
        Files.writeString(work.resolve("jobs/secrets/mail.txt"), PASSWORD + "\n");

        List<DepartmentMailer.Delivery> first = send(definition);

        assertThat(first).extracting(DepartmentMailer.Delivery::address, DepartmentMailer.Delivery::outcome)
                .containsExactly(tuple(MailFixtures.FINANCE, DepartmentMailer.Outcome.SENT),
                        tuple(MailFixtures.WORKS, DepartmentMailer.Outcome.SENT),
                        tuple("chief." + MailFixtures.WORKS, DepartmentMailer.Outcome.SENT),
                        tuple(MailFixtures.EDUCATION, DepartmentMailer.Outcome.SENT));
        assertThat(recipients()).containsExactlyInAnyOrder(MailFixtures.FINANCE, MailFixtures.WORKS,
                "chief." + MailFixtures.WORKS, MailFixtures.EDUCATION);
        MimeMessage works = message("chief." + MailFixtures.WORKS);
        assertThat(works.getSubject()).isEqualTo("[ITA ๒๕๖๘] อบต.นาทอน: ไฟล์ของกองช่างมีรายการที่ต้องแก้ ๑ รายการ");
        assertThat(works.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(Files.readString(output().resolve(".history/mail-sent.json"))).contains("กองช่าง <chief.works@natorn.go.th>");

        List<DepartmentMailer.Delivery> second = send(definition);
        assertThat(second).extracting(DepartmentMailer.Delivery::outcome).containsOnly(DepartmentMailer.Outcome.UNCHANGED);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aWrongPasswordIsSaidInThaiOnceForAllAndNothingIsRecorded() throws Exception {
        Path definition = definition("security: none", "username: " + USER, "password-file: mail.txt");
        Files.writeString(work.resolve("jobs/mail.txt"), "wrong");

        List<DepartmentMailer.Delivery> deliveries = send(definition);

        assertThat(deliveries).hasSize(4).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(DepartmentMailer.Outcome.FAILED);
            assertThat(d.reason().wording(thai)).isEqualTo("เซิร์ฟเวอร์อีเมล 127.0.0.1:" + smtp.getSmtp().getPort()
                    + " ไม่รับชื่อผู้ใช้หรือรหัสผ่าน (mail.username และรหัสผ่าน)");
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(output().resolve(".history/mail-sent.json")).doesNotExist();
    }

    @Test
    void byDefaultThePasswordNeverTravelsInClearAServerWithoutStarttlsGetsNothing() throws Exception {
        Path definition = definition("username: " + USER, "password-file: mail.txt");
        Files.writeString(work.resolve("jobs/mail.txt"), PASSWORD);

        List<DepartmentMailer.Delivery> deliveries = send(definition);

        assertThat(deliveries).extracting(d -> d.reason().code()).containsOnly("mail.error.starttls");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersCostsOneTimeoutAndIsNotAskedAgain() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            Path definition = definition("security: none", "timeout: 1", "port: " + silent.getLocalPort());
            DepartmentMailer mailer = mailer();

            List<DepartmentMailer.Delivery> deliveries = send(mailer, definition);

            assertThat(deliveries).hasSize(4).extracting(d -> d.reason().wording(thai)).containsOnly(
                    "เซิร์ฟเวอร์อีเมล 127.0.0.1:" + silent.getLocalPort() + " ไม่ตอบภายใน ๑ วินาที");
            assertThat(connections).as("the server was tried once, not once per e-mail").hasValue(1);

            // The next office of a multi-office run, with the same server: told at once, not kept waiting.
            assertThat(send(mailer, definition)).hasSize(4).allMatch(d -> d.outcome() == DepartmentMailer.Outcome.FAILED);
            assertThat(connections).hasValue(1);
            // A fresh process (the next night) asks again.
            send(definition);
            assertThat(connections).hasValue(2);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aBadDepartmentAddressFailsAloneTheOthersGo() throws Exception {
        Path file = definition("security: none");
        Files.writeString(file, Files.readString(file).replace("email: " + MailFixtures.FINANCE, "email: กองคลัง"));

        List<DepartmentMailer.Delivery> deliveries = send(file);

        assertThat(deliveries.get(0).outcome()).isEqualTo(DepartmentMailer.Outcome.FAILED);
        assertThat(deliveries.get(0).reason().wording(thai)).startsWith("ที่อยู่อีเมล \"กองคลัง\" ไม่ถูกต้อง");
        assertThat(deliveries.subList(1, 4)).extracting(DepartmentMailer.Delivery::outcome)
                .containsOnly(DepartmentMailer.Outcome.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void settingsItCannotUseSendNothingAndSayWhyForEachEmail() throws Exception {
        Path definition = definition("security: none", "username: " + USER, "password: " + PASSWORD);

        List<DepartmentMailer.Delivery> deliveries = send(definition);

        assertThat(deliveries).hasSize(4).extracting(d -> d.reason().code()).containsOnly("mail.setting.inlinePassword");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void noMailSectionNoMail() throws Exception {
        Path file = MailFixtures.definitionFile(work, "");
        assertThat(send(file)).isEmpty();
        assertThat(output().resolve(".history")).doesNotExist();
    }

    // --- the run ---------------------------------------------------------------------------------

    private Path definition(String... settings) throws IOException {
        StringBuilder section = new StringBuilder("mail:\n  host: 127.0.0.1\n  from: ita@natorn.go.th\n");
        boolean port = false;
        for (String s : settings) {
            section.append("  ").append(s).append('\n');
            port |= s.startsWith("port:");
        }
        if (!port) {
            section.append("  port: ").append(smtp.getSmtp().getPort()).append('\n');
        }
        return MailFixtures.definitionFile(work, section.toString());
    }

    private List<DepartmentMailer.Delivery> send(Path definitionFile) {
        return send(mailer(), definitionFile);
    }

    private List<DepartmentMailer.Delivery> send(DepartmentMailer mailer, Path definitionFile) {
        JobDefinition definition = MailFixtures.definition(definitionFile);
        ValidationReport report = MailFixtures.report(definition);
        return mailer.send(report, definition, definitionFile, output());
    }

    private static DepartmentMailer mailer() {
        return new DepartmentMailer(MailFixtures.templates(), MailFixtures.messages(), Clock.systemUTC(),
                Map.<String, String>of()::get, Checkpoints.NONE);
    }

    private Path output() {
        return work.resolve("output");
    }

    private static List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return to;
    }

    private static MimeMessage message(String to) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + to);
    }
}
