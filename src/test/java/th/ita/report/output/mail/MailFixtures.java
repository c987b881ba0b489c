package th.ita.report.output.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;

import th.ita.report.MailDefinition;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.merge.FileOutcome;
import th.ita.report.output.page.ValidationPageTest;
import th.ita.report.report.CompiledRun;
import th.ita.report.report.FindingMessages;
import th.ita.report.report.ValidationReport;
import th.ita.report.validation.Finding;

/** A run of the four departments of the shipped definition, built by hand, and the pieces to mail it. */
final class MailFixtures {

    static final String OFFICE = "palad@natorn.go.th";
    static final String FINANCE = "finance@natorn.go.th";
    static final String WORKS = "works@natorn.go.th";
    static final String EDUCATION = "education@natorn.go.th";

    private MailFixtures() {
    }

    /**
     * The shipped definition with an address for each department (กองช่าง two) and the given mail
     * section, written into {@code folder/jobs} and loaded as the job would load it.
     */
    static Path definitionFile(Path folder, String mailSection) throws IOException {
        String definition = MailDefinition.withEmails("สำนักปลัด", OFFICE, "กองคลัง", FINANCE,
                "กองช่าง", "[" + WORKS + ", chief." + WORKS + "]", "กองการศึกษา ศาสนาและวัฒนธรรม", EDUCATION)
                + "\n" + mailSection;
        Path file = Files.createDirectories(folder.resolve("jobs")).resolve("natorn-2568.yml");
        Files.writeString(file, definition);
        return file;
    }

    static JobDefinition definition(Path file) {
        return new JobDefinitionLoader().load(file);
    }

    /**
     * สำนักปลัด: every row taken, one warning. กองคลัง: one row of five not taken. กองช่าง: its only
     * file refused whole. กองการศึกษา: nothing.
     */
    static ValidationReport report(JobDefinition definition) {
        List<FileOutcome> files = List.of(
                read("สำนักปลัด.xlsx", "สำนักปลัด", 6, 6),
                read("กองคลัง.xlsx", "กองคลัง", 5, 4),
                new FileOutcome("กองช่าง.xlsx", "กองช่าง", FileOutcome.Status.REJECTED, "file.encrypted", List.of(),
                        0, 0, 0, null));
        List<Finding> findings = List.of(
                Finding.warning("period.outsideYear", "สำนักปลัด.xlsx", "รายงาน", 5, "C5", "ต.ค. 2566", "2568"),
                Finding.error("measure.unknownName", "กองคลัง.xlsx", "รายงาน", 7, "A7", ValidationPageTest.PAYLOAD));
        CompiledRun run = new CompiledRun(2568, ZonedDateTime.of(2025, 5, 20, 2, 0, 0, 0, ZoneId.of("Asia/Bangkok")),
                null, files, findings, List.of("กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"));
        return ValidationReport.of(run, definition, new FindingMessages(messages()));
    }

    static FileOutcome read(String file, String department, int read, int accepted) {
        return new FileOutcome(file, department, FileOutcome.Status.READ, "file.read", List.of(), read, accepted,
                read - accepted, "00");
    }

    static ResourceBundleMessageSource messages() {
        return ValidationPageTest.messageSource();
    }

    static SpringTemplateEngine templates() {
        return ValidationPageTest.templates();
    }
}
