package th.ita.report.output.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.definition.JobDefinition;
import th.ita.report.merge.FileOutcome;
import th.ita.report.report.ValidationReport;
import th.ita.report.report.ValidationReport.Department;
import th.ita.report.report.ValidationReport.FileLine;
import th.ita.report.report.ValidationReport.Problem;
import th.ita.report.report.ValidationReport.Status;
import th.ita.report.validation.Finding;

/** Who gets an e-mail after a run, about what, and when two e-mails are the same one. */
class RecipientsTest {

    @TempDir
    Path work;

    @Test
    void problemsAndMissingGetOneEmailPerAddressWarningsAloneNone() throws Exception {
        JobDefinition definition = MailFixtures.definition(MailFixtures.definitionFile(work, ""));
        List<Letter> letters = Recipients.of(MailFixtures.report(definition), definition);

        assertThat(letters).extracting(l -> l.department().name(), Letter::address, Letter::kind).containsExactly(
                tuple("กองคลัง", MailFixtures.FINANCE, Letter.Kind.PROBLEMS),
                tuple("กองช่าง", MailFixtures.WORKS, Letter.Kind.PROBLEMS),
                tuple("กองช่าง", "chief." + MailFixtures.WORKS, Letter.Kind.PROBLEMS),
                tuple("กองการศึกษา ศาสนาและวัฒนธรรม", MailFixtures.EDUCATION, Letter.Kind.MISSING));
        assertThat(letters).extracting(l -> Recipients.toFix(l.department())).containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void aDepartmentWithoutAnAddressGetsNothing() throws Exception {
        JobDefinition d = MailFixtures.definition(MailFixtures.definitionFile(work, ""));
        List<JobDefinition.Department> departments = d.departments().stream()
                .map(dep -> dep.name().equals("กองคลัง") ? new JobDefinition.Department(dep.name(), dep.aliases()) : dep)
                .toList();
        JobDefinition withoutFinance = new JobDefinition(d.organisation(), d.fiscalYear(), d.reportPeriod(), d.ita(),
                d.memo(), d.report(), d.signatory(), d.approvalChain(), departments, d.measures(), d.rendering(),
                d.publicationRequest(), d.mail());

        assertThat(Recipients.of(MailFixtures.report(withoutFinance), withoutFinance))
                .extracting(l -> l.department().name()).doesNotContain("กองคลัง").contains("กองช่าง");
    }

    @Test
    void whatADepartmentsEmailIsAbout() {
        assertThat(Recipients.kind(department(Status.SUBMITTED, List.of(read(5, 5)), List.of()))).isEmpty();
        assertThat(Recipients.kind(department(Status.SUBMITTED, List.of(read(5, 5)), List.of(warning()))))
                .as("warnings alone").isEmpty();
        assertThat(Recipients.kind(department(Status.SUBMITTED, List.of(read(5, 4)), List.of(error(), warning()))))
                .contains(Letter.Kind.PROBLEMS);
        assertThat(Recipients.kind(department(Status.REJECTED, List.of(file(FileOutcome.Status.REJECTED)), List.of())))
                .as("a file refused whole").contains(Letter.Kind.PROBLEMS);
        assertThat(Recipients.kind(department(Status.SUBMITTED,
                List.of(read(5, 5), file(FileOutcome.Status.REJECTED)), List.of())))
                .as("a file taken and another refused whole").contains(Letter.Kind.PROBLEMS);
        assertThat(Recipients.kind(department(Status.MISSING, List.of(), List.of()))).contains(Letter.Kind.MISSING);
        assertThat(Recipients.kind(department(Status.MISSING, List.of(file(FileOutcome.Status.IGNORED)), List.of())))
                .as("only a file that is not a workbook").contains(Letter.Kind.MISSING);
        assertThat(Recipients.kind(department(Status.SUBMITTED, List.of(read(0, 0)), List.of(warning()))))
                .as("the form sent back empty").contains(Letter.Kind.MISSING);
        assertThat(Recipients.kind(department(Status.MISSING, List.of(file(FileOutcome.Status.DEFERRED)), List.of())))
                .as("a file still being copied: the next run reads it").isEmpty();
    }

    @Test
    void theSamePartIsTheSameEmailAndAnyChangeMakesAnother() {
        Department part = department(Status.SUBMITTED, List.of(read(5, 4)), List.of(error()));
        String digest = Letter.digest(part, Letter.Kind.PROBLEMS, 2568);

        assertThat(Letter.digest(department(Status.SUBMITTED, List.of(read(5, 4)), List.of(error())),
                Letter.Kind.PROBLEMS, 2568)).as("the same part in another run").isEqualTo(digest);
        assertThat(Letter.digest(department(Status.SUBMITTED, List.of(read(5, 4)), List.of(error(), warning())),
                Letter.Kind.PROBLEMS, 2568)).as("a new warning").isNotEqualTo(digest);
        assertThat(Letter.digest(department(Status.SUBMITTED, List.of(read(6, 5)), List.of(error())),
                Letter.Kind.PROBLEMS, 2568)).as("another row sent").isNotEqualTo(digest);
        assertThat(Letter.digest(part, Letter.Kind.PROBLEMS, 2569)).as("another year").isNotEqualTo(digest);
        Letter lower = Letter.of(part, "Finance@Natorn.go.th", Letter.Kind.PROBLEMS, 2568);
        assertThat(lower.key()).isEqualTo(Letter.of(part, "finance@natorn.go.th", Letter.Kind.PROBLEMS, 2568).key());
    }

    // --- a department's part, by hand ------------------------------------------------------------

    private static Department department(Status status, List<FileLine> files, List<Problem> problems) {
        return new Department("กองคลัง", true, status, files, problems);
    }

    private static FileLine read(int rows, int accepted) {
        return new FileLine("กองคลัง.xlsx", FileOutcome.Status.READ, "", rows, accepted, rows - accepted);
    }

    private static FileLine file(FileOutcome.Status status) {
        return new FileLine("กองคลัง-" + status.word() + ".xlsx", status, "เหตุผล", 0, 0, 0);
    }

    private static Problem error() {
        return problem(Finding.error("measure.unknownNumber", "กองคลัง.xlsx", "รายงาน", 7, "A7", "8", "๗"));
    }

    private static Problem warning() {
        return problem(Finding.warning("text.slip", "กองคลัง.xlsx", "รายงาน", 8, "B8", "คุณธรรม", "คุณธรรม"));
    }

    private static Problem problem(Finding f) {
        return new Problem(f.severity(), f.file(), f.sheet(), f.row(), f.cell(), f.code(), f.code() + " ข้อความ", f);
    }

}
