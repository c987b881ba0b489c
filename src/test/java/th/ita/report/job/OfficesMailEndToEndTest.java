package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.ita.report.MailDefinition;
import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;

/**
 * The e-mail to departments in a multi-office run: the server is the shared definition's, the
 * addresses each office's own; each office's departments hear about their own office only, each
 * office keeps its own record of what was sent, and the console adds up the e-mails of every office.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "ita.offices.threads=2",
        "spring.datasource.url=jdbc:hsqldb:mem:officesmail;hsqldb.tx=mvcc"})
class OfficesMailEndToEndTest {

    static final String NATORN = "อบต.นาทอน";
    static final String KHONKLAN = "อบต.ขอนคลาน";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    OfficesRun compiler;

    @TempDir
    Path work;

    @Test
    void eachOfficesDepartmentsGetTheirOwnOfficesEmail() throws Exception {
        Path input = work.resolve("offices");
        // นาทอน: the samples without กองการศึกษา's file.
        SampleInput.copyInto(input.resolve(NATORN));
        Files.delete(input.resolve(NATORN).resolve("กองการศึกษา ศาสนาและวัฒนธรรม.xlsm"));
        // ขอนคลาน: the samples, its กองคลัง file with a measure that does not exist; its own names and addresses.
        SampleInput.copyInto(input.resolve(KHONKLAN));
        TestWorkbooks.xlsx(input.resolve(KHONKLAN).resolve("กองคลัง.xlsx"), "กองคลัง",
                new String[] {"5", "เปิดเผยแผนจัดซื้อจัดจ้าง", "ต.ค. 2567 - ก.ย. 2568", "กองคลัง", "ประกาศ ๔ ครั้ง", ""},
                new String[] {"๙", "ขั้นตอน", "", "", "ผล", ""});
        Files.writeString(input.resolve(KHONKLAN).resolve(JobDefinitionLoader.OFFICE_FILE), """
                organisation:
                  name: องค์การบริหารส่วนตำบลขอนคลาน
                  short-name: อบต.ขอนคลาน
                departments:
                  - name: สำนักปลัด
                    email: palad@khonklan.go.th
                  - name: กองคลัง
                    email: finance@khonklan.go.th
                  - name: กองช่าง
                  - name: กองการศึกษา ศาสนาและวัฒนธรรม
                    email: education@khonklan.go.th
                mail:
                  from-name: อบต.ขอนคลาน
                """);
        Path job = work.resolve("jobs").resolve("shared.yml");
        Files.createDirectories(job.getParent());
        Files.writeString(job, MailDefinition.withEmails("สำนักปลัด", "palad@natorn.go.th", "กองคลัง",
                "finance@natorn.go.th", "กองการศึกษา ศาสนาและวัฒนธรรม", "education@natorn.go.th")
                + "\nmail:\n  host: 127.0.0.1\n  port: " + smtp.getSmtp().getPort()
                + "\n  security: none\n  from: ita@satun.go.th\n");
        Path output = work.resolve("output");
        TestConsole console = new TestConsole();

        OfficesRun.Result result = compiler.compile(new OfficesRun.Request(input, output, job, null, false), console);

        assertThat(result.exitCode()).as(console.text()).isEqualTo(ExitCode.OK);
        List<String> received = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            received.add(m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject());
        }
        assertThat(received).containsExactlyInAnyOrder(
                "education@natorn.go.th [ITA ๒๕๖๘] อบต.นาทอน: ยังไม่ได้รับไฟล์รายงานของกองการศึกษา ศาสนาและวัฒนธรรม",
                "finance@khonklan.go.th [ITA ๒๕๖๘] อบต.ขอนคลาน: ไฟล์ของกองคลังมีรายการที่ต้องแก้ ๑ รายการ");
        assertThat(result.offices()).extracting(o -> o.summary().orElseThrow().mail().size()).containsExactly(1, 1);
        assertThat(console.text()).contains("อีเมลถึงส่วนราชการ: ส่งแล้ว ๒ ฉบับ, ส่งไม่สำเร็จ ๐ ฉบับ");
        assertThat(output.resolve(NATORN).resolve(".history/mail-sent.json")).content().contains("education@natorn.go.th")
                .doesNotContain("khonklan");
        assertThat(output.resolve(KHONKLAN).resolve(".history/mail-sent.json")).content()
                .contains("finance@khonklan.go.th").doesNotContain("natorn");

        // The next night nothing changed in either office: nothing compiled, nothing sent, nothing counted.
        TestConsole again = new TestConsole();
        assertThat(compiler.compile(new OfficesRun.Request(input, output, job, null, false), again).exitCode())
                .as(again.text()).isEqualTo(ExitCode.OK);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(again.text()).doesNotContain("อีเมลถึงส่วนราชการ");
    }
}
