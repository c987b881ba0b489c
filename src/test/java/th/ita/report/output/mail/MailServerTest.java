package th.ita.report.output.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.definition.JobDefinition;

/** The job definition's mail section as the run reads it: off, ready, or unusable with its reason. */
class MailServerTest {

    @TempDir
    Path work;

    @Test
    void withoutAHostOrWhenTurnedOffThereIsNoMail() throws Exception {
        assertThat(setup("")).isInstanceOf(MailServer.Off.class);
        assertThat(setup("mail:\n  from: ita@natorn.go.th\n")).isInstanceOf(MailServer.Off.class);
        assertThat(setup("mail:\n  enabled: false\n  host: smtp.natorn.go.th\n  from: ita@natorn.go.th\n"))
                .isInstanceOf(MailServer.Off.class);
    }

    @Test
    void defaultsAreStarttlsOnPort587WithTenSecondTimeoutsAndTheOfficesName() throws Exception {
        MailServer server = ready("mail:\n  host: smtp.natorn.go.th\n  from: ita@natorn.go.th\n");

        assertThat(server.security()).isEqualTo(MailServer.Security.STARTTLS);
        assertThat(server.port()).isEqualTo(587);
        assertThat(server.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(server.fromName()).isEqualTo("อบต.นาทอน");
        assertThat(server.username()).isNull();
        var properties = server.sender().getJavaMailProperties();
        assertThat(properties).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000").containsEntry("mail.smtp.auth", "false");
        assertThat(ready("mail:\n  host: h\n  security: ssl\n  from: a@b.th\n").port()).isEqualTo(465);
        assertThat(ready("mail:\n  host: h\n  security: ssl\n  from: a@b.th\n").sender().getProtocol()).isEqualTo("smtps");
        assertThat(ready("mail:\n  host: h\n  security: none\n  from: a@b.th\n").port()).isEqualTo(25);
        assertThat(ready("mail:\n  host: h\n  port: 2525\n  timeout: PT3S\n  from: a@b.th\n"))
                .extracting(MailServer::port, MailServer::timeout).containsExactly(2525, Duration.ofSeconds(3));
    }

    @Test
    void thePasswordComesFromTheEnvironmentOrAFileBesideTheDefinitionNeverFromTheDefinition() throws Exception {
        Files.writeString(Files.createDirectories(work.resolve("jobs")).resolve("mail-password.txt"), "file-secret\n", java.nio.charset.StandardCharsets.UTF_8);
        String section = "mail:\n  host: smtp.gmail.com\n  username: ita@natorn.go.th\n";

        assertThat(ready(section + "  password-file: mail-password.txt\n").password()).isEqualTo("file-secret");
        assertThat(ready(section + "  password-env: ITA_MAIL_PASSWORD\n  password-file: mail-password.txt\n").password())
                .as("the environment first").isEqualTo("env-secret");
        assertThat(ready(section + "  password-env: UNSET_VARIABLE\n  password-file: mail-password.txt\n").password())
                .as("the file when the variable is not set").isEqualTo("file-secret");
        assertThat(ready(section + "  password-file: mail-password.txt\n").from())
                .as("the user name is the sender when no from is given").isEqualTo("ita@natorn.go.th");
        assertThat(ready(section + "  password-file: mail-password.txt\n").sender().getJavaMailProperties())
                .containsEntry("mail.smtp.auth", "true");

        assertThat(reason(section + "  password: inline-secret\n")).isEqualTo("mail.setting.inlinePassword");
        assertThat(reason(section + "  password-env: UNSET_VARIABLE\n")).isEqualTo("mail.setting.passwordEnv");
        assertThat(reason(section + "  password-file: nowhere.txt\n")).isEqualTo("mail.setting.passwordFile");
        assertThat(reason(section)).isEqualTo("mail.setting.noPassword");
        assertThat(ready(section + "  password-file: mail-password.txt\n").toString()).doesNotContain("file-secret");
    }

    @Test
    void aSlipInTheSectionIsAReasonNotAFailedDefinition() throws Exception {
        String host = "mail:\n  host: smtp.natorn.go.th\n";
        assertThat(reason(host + "  from: ita@natorn.go.th\n  port: 58x\n")).isEqualTo("mail.setting.port");
        assertThat(reason(host + "  from: ita@natorn.go.th\n  port: 70000\n")).isEqualTo("mail.setting.port");
        assertThat(reason(host + "  from: ita@natorn.go.th\n  security: tls1.3\n")).isEqualTo("mail.setting.security");
        assertThat(reason(host + "  from: ita@natorn.go.th\n  enabled: sometimes\n")).isEqualTo("mail.setting.enabled");
        assertThat(reason(host + "  from: ita@natorn.go.th\n  timeout: forever\n")).isEqualTo("mail.setting.timeout");
        assertThat(reason(host)).isEqualTo("mail.setting.noFrom");
        assertThat(reason(host + "  from: not an address\n")).isEqualTo("mail.setting.address");
        assertThat(reason(host + "  from: a@b.th\n  reply-to: a@b.th, c@d.th\n")).isEqualTo("mail.setting.address");
    }

    @Test
    void aDepartmentAddressIsOneAddressOrAList() throws Exception {
        JobDefinition definition = MailFixtures.definition(MailFixtures.definitionFile(work, ""));
        assertThat(definition.departments()).extracting(JobDefinition.Department::email).containsExactly(
                java.util.List.of(MailFixtures.OFFICE), java.util.List.of(MailFixtures.FINANCE),
                java.util.List.of(MailFixtures.WORKS, "chief." + MailFixtures.WORKS),
                java.util.List.of(MailFixtures.EDUCATION));
        assertThat(MailServer.isAddress("finance@natorn.go.th")).isTrue();
        assertThat(MailServer.isAddress("กองคลัง")).isFalse();
        assertThat(MailServer.isAddress("a@b.th, c@d.th")).isFalse();
        assertThat(MailServer.isAddress("Finance <a@b.th>")).isFalse();
    }

    @Test
    void theShippedDefinitionSendsNothingAndItsCommentedKeysAreTheRealOnes() throws Exception {
        Path shipped = Path.of("jobs/natorn-2568.yml");
        JobDefinition asShipped = MailFixtures.definition(shipped);
        assertThat(asShipped.mail()).isNull();
        assertThat(asShipped.departments()).allSatisfy(d -> assertThat(d.email()).isEmpty());

        // The officer removes the # in front of the keys: every one of them is read.
        String uncommented = Files.readString(shipped).lines()
                .map(l -> l.replaceFirst("^# mail:", "mail:").replaceFirst("^#   ([a-z-]+:)", "  $1")
                        .replaceFirst("^    # email:", "    email:"))
                .collect(java.util.stream.Collectors.joining("\n"));
        Path file = Files.createDirectories(work.resolve("jobs")).resolve("uncommented.yml");
        Files.writeString(file, uncommented);
        JobDefinition definition = MailFixtures.definition(file);
        assertThat(definition.departments()).extracting(d -> d.email().size()).containsExactly(1, 1, 2, 1);
        MailServer.Setup setup = MailServer.of(definition, file, Map.of("ITA_MAIL_PASSWORD", "env-secret")::get);
        assertThat(setup).isInstanceOf(MailServer.Ready.class);
        MailServer server = ((MailServer.Ready) setup).server();
        assertThat(server).extracting(MailServer::host, MailServer::port, MailServer::security, MailServer::username,
                MailServer::password, MailServer::from, MailServer::fromName, MailServer::replyTo, MailServer::timeout)
                .containsExactly("smtp.gmail.com", 587, MailServer.Security.STARTTLS, "ita.nathon@gmail.com",
                        "env-secret", "ita.nathon@gmail.com", "อบต.นาทอน งานนิติการ", "nitikorn@nathon.go.th",
                        Duration.ofSeconds(10));
        assertThat(definition.mail().dropFolder()).isEqualTo("\\\\NATORN-SRV\\ita\\input");
    }

    // --- reading a section ---------------------------------------------------------------------------

    private MailServer.Setup setup(String section) throws Exception {
        Path file = MailFixtures.definitionFile(work, section);
        return MailServer.of(MailFixtures.definition(file), file, Map.of("ITA_MAIL_PASSWORD", "env-secret")::get);
    }

    private MailServer ready(String section) throws Exception {
        MailServer.Setup setup = setup(section);
        assertThat(setup).as(section).isInstanceOf(MailServer.Ready.class);
        return ((MailServer.Ready) setup).server();
    }

    private String reason(String section) throws Exception {
        MailServer.Setup setup = setup(section);
        assertThat(setup).as(section).isInstanceOf(MailServer.Unusable.class);
        return ((MailServer.Unusable) setup).reason().code();
    }
}
