package th.ita.report.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.report.validation.Submission;
import th.ita.report.validation.Workbooks;

class ReportMergerTest {

    private final ReportMerger merger = new ReportMerger(Workbooks.NATORN, "ทุกส่วนราชการ");

    @Test
    void measuresMergedInParallelComeOutAsMergedOneByOne() {
        Workbooks sheet = Workbooks.from("สำนักปลัด");
        for (int r = 0; r < 1200; r++) {
            sheet.row(String.valueOf(r % 7 + 1), (r % 5 + 1) + ". ขั้นตอน " + (r % 31), "ก.พ. 2568", "", "ผล " + (r % 13), "");
        }
        List<Submission> submissions = List.of(sheet.validate(),
                Workbooks.from("กองคลัง").row("2", "ขั้นตอนของกองคลัง", "มี.ค. 2568", "", "", "").validate());

        CompiledReport oneByOne = new ReportMerger(Workbooks.NATORN, "ทุกส่วนราชการ", Integer.MAX_VALUE).merge(submissions);
        CompiledReport parallel = new ReportMerger(Workbooks.NATORN, "ทุกส่วนราชการ", 1).merge(submissions);

        assertThat(parallel.measures()).extracting(MergedMeasure::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(parallel.measures().get(1).steps()).hasSize(32);
        assertThat(parallel).isEqualTo(oneByOne);
    }

    @Test
    void departmentsInDefinitionOrderItemsKeptOnceAndRenumbered() {
        Submission treasury = Workbooks.from("กองคลัง")
                .row("5", "1. จัดประชุมชี้แจง", "ก.พ. - มิ.ย. 2568", "กองคลัง", "1. กองคลังนำข้อมูลแผนการใช้จ่าย ลงเว็บไซต์", "")
                .validate();
        Submission office = Workbooks.from("สำนักปลัด")
                .row("๕", "๑. จัดประชุม ชี้แจง", "เม.ย. - ก.ย. ๖๘", "สำนักปลัด", "๑. สำนักปลัดนำข้อบัญญัติ ลงเว็บไซต์", "บุคลากรรับรู้")
                .validate();

        MergedMeasure m = merger.merge(List.of(treasury, office)).measures().get(4);

        assertThat(m.steps()).as("the first department in definition order gives the form").containsExactly("๑. จัดประชุม ชี้แจง");
        assertThat(m.outputs()).containsExactly("๑. สำนักปลัดนำข้อบัญญัติ ลงเว็บไซต์", "๒. กองคลังนำข้อมูลแผนการใช้จ่าย ลงเว็บไซต์");
        assertThat(m.outcomes()).containsExactly("บุคลากรรับรู้");
        assertThat(m.period()).isEqualTo("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘");
        assertThat(m.departments()).containsExactly("สำนักปลัด", "กองคลัง");
        assertThat(m.responsible()).isEqualTo("สำนักปลัด, กองคลัง");
    }

    @Test
    void everyDepartmentWhenAllExpectedContributedOrARowSaysSo() {
        List<Submission> all = List.of("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม").stream()
                .map(d -> Workbooks.from(d).row("1", "ขั้นตอน", "", d, "", "").validate()).toList();
        Submission saysSo = Workbooks.from("กองช่าง").row("2", "ขั้นตอน", "", "ทุกส่วน ราชการ", "", "").validate();

        CompiledReport report = merger.merge(List.of(all.get(0), all.get(1), all.get(2), all.get(3)));
        assertThat(report.measures().get(0).responsible()).isEqualTo("ทุกส่วนราชการ");
        assertThat(merger.merge(List.of(saysSo)).measures().get(1).responsible()).isEqualTo("ทุกส่วนราชการ");
        assertThat(merger.merge(List.of(all.get(0))).measures().get(0).responsible()).isEqualTo("สำนักปลัด");
    }

    @Test
    void aSingleItemKeepsTheDepartmentsFormAndMeasuresComeInNumberOrder() {
        Submission s = Workbooks.from("กองช่าง")
                .row("3", "มีการเผยแพร่ข้อมูล", "ตลอดปีงบประมาณ", "", "1. เจ้าหน้าที่แนะนำช่องทาง", "")
                .row("1", "ขั้นตอน", "ไม่ทราบ", "", "", "")
                .validate();

        CompiledReport report = merger.merge(List.of(s));
        assertThat(report.measures()).extracting(MergedMeasure::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        MergedMeasure third = report.measures().get(2);
        assertThat(third.steps()).containsExactly("มีการเผยแพร่ข้อมูล");
        assertThat(third.outputs()).containsExactly("๑. เจ้าหน้าที่แนะนำช่องทาง");
        assertThat(third.period()).isEqualTo("ต.ค. พ.ศ. ๒๕๖๗ - ก.ย. พ.ศ. ๒๕๖๘");
        assertThat(report.measures().get(0).period()).as("unreadable period kept as written").isEqualTo("ไม่ทราบ");
        assertThat(report.measures().get(1).steps()).isEmpty();
    }

    @Test
    void twoFilesFromOneDepartmentUseTheNewestAndNameBoth() {
        Submission old = Workbooks.from("กองคลัง").modified(Instant.parse("2025-01-01T00:00:00Z"))
                .row("1", "เก่า", "", "", "", "").validate();
        Submission renamed = new Submission(old.file().resolveSibling("กองคลัง (ฉบับแก้).xlsx"), Instant.parse("2025-03-01T00:00:00Z"),
                "xlsx", "กองคลัง", 1, false, null, List.of(), 1, 1, 0, old.contributions(), List.of());
        var scanned = List.of(
                new th.ita.report.intake.InputFile(old.file(), old.modified(), 1, th.ita.report.intake.InputFile.Decision.CANDIDATE, null),
                new th.ita.report.intake.InputFile(renamed.file(), renamed.modified(), 1, th.ita.report.intake.InputFile.Decision.CANDIDATE, null));

        Accounting accounting = new Accounting(scanned, List.of(old, renamed));

        assertThat(accounting.used()).containsExactly(renamed);
        assertThat(accounting.outcomes()).extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.IGNORED, FileOutcome.Status.READ);
        assertThat(accounting.outcomes().get(0).reasonArguments()).containsExactly("กองคลัง", "กองคลัง (ฉบับแก้).xlsx");
    }
}
