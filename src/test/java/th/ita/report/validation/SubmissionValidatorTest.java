package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    @Test
    void aRowWithAnEmptyMeasureContinuesTheRowAboveAndItsCutSentence() {
        Submission s = Workbooks.from("สำนักปลัด")
                .row("๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
                        "๑. เผยแพร่ช่องทางร้องเรียน ๒. การกำหนดแผนปฏิบัติการป้องกันการทุจริต ที่มุ่งเน้นความโปร่งใส",
                        "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", "๑. จัดกิจกรรมวันต่อต้านคอร์ปชั่น", "พนักงานตระหนักถึงภัยของการทุจริต")
                .row("", "ในการปฏิบัติงานหรือการให้บริการ\n๓.มีการรายงานผลการดำเนินงาน", "", "", "", "ตามหลักคุณธรรม")
                .validate();

        assertThat(s.rowsRead()).isEqualTo(2);
        assertThat(s.rowsAccepted()).isEqualTo(2);
        assertThat(s.contributions()).hasSize(1);
        Contribution c = s.contributions().get(0);
        assertThat(c.steps()).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(c.steps().get(1).text()).endsWith("ความโปร่งใสในการปฏิบัติงานหรือการให้บริการ");
        assertThat(c.outcomes()).singleElement().extracting(Item::text)
                .isEqualTo("พนักงานตระหนักถึงภัยของการทุจริตตามหลักคุณธรรม");
        assertThat(c.period()).isNotNull();
    }

    @Test
    void everyRowEndsAcceptedOrRejectedWithTheCellNamed() {
        Submission s = Workbooks.from("กองคลัง")
                .row("๘", "ขั้นตอน", "ก.พ. 2568", "กองคลัง", "ผล", "")
                .row("", "ต่อจากแถวที่ไม่ได้รับ", "", "", "", "")
                .row("๓. การให้บริการและระบบ E-Service", "ขั้นตอน", "", "", "ผล", "")
                .row("1", "", "", "", "", "ผลลัพธ์อย่างเดียว")
                .row("2", "#REF!", "", "", "ผล", "")
                .row("การให้บริการและระบบ E-Service", "ขั้นตอนที่รับ", "", "", "", "")
                .validate();

        assertThat(s.rowsRead()).isEqualTo(6);
        assertThat(s.rowsAccepted()).isEqualTo(1);
        assertThat(s.rowsRejected()).isEqualTo(5);
        assertThat(s.findings()).filteredOn(f -> f.severity() == Finding.Severity.ERROR)
                .extracting(Finding::code, Finding::cell)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("measure.unknownNumber", "A5"),
                        org.assertj.core.groups.Tuple.tuple("row.continuesRejected", "A6"),
                        org.assertj.core.groups.Tuple.tuple("measure.ambiguous", "A7"),
                        org.assertj.core.groups.Tuple.tuple("row.noContent", "B8"),
                        org.assertj.core.groups.Tuple.tuple("cell.formulaError", "B9"));
    }

    @Test
    void aWorkbookForAnotherYearIsRejectedWhole() {
        Submission s = Workbooks.from("กองช่าง").year("พ.ศ. ๒๕๖๗")
                .row("1", "ขั้นตอน", "", "", "ผล", "").validate();

        assertThat(s.rejected()).isTrue();
        assertThat(s.reasonCode()).isEqualTo("file.otherYear");
        assertThat(s.reasonArguments()).containsExactly(2567);
        assertThat(s.rowsRead()).isZero();
    }

    @Test
    void theYearLabelMayBeWrittenManyWays() {
        assertThat(SubmissionValidator.buddhistYear("๒๕๖๘")).isEqualTo(2568);
        assertThat(SubmissionValidator.buddhistYear("พ.ศ. 2568")).isEqualTo(2568);
        assertThat(SubmissionValidator.buddhistYear("2025")).isEqualTo(2568);
        assertThat(SubmissionValidator.buddhistYear("๖๘")).isEqualTo(2568);
        assertThat(SubmissionValidator.buddhistYear("ไม่ระบุ")).isNull();
    }

    @Test
    void aDepartmentSpelledDifferentlyIsRecognisedAndWarned() {
        Submission s = Workbooks.from("สำนักงานปลัด").row("1", "ขั้นตอน", "", "", "", "").validate();

        assertThat(s.department()).isEqualTo("สำนักปลัด");
        assertThat(s.departmentRank()).isZero();
        assertThat(s.findings()).extracting(Finding::code).contains("department.spelling");
    }

    @Test
    void unreadableAndOutOfYearPeriodsAreWarningsNotRejections() {
        Submission s = Workbooks.from("กองคลัง")
                .row("1", "ขั้นตอน", "เร็ว ๆ นี้", "", "", "")
                .row("2", "ขั้นตอน", "ต.ค. - ธ.ค. 2568", "", "", "")
                .validate();

        assertThat(s.rowsAccepted()).isEqualTo(2);
        assertThat(s.findings()).extracting(Finding::code).containsExactly("period.unreadable", "period.outsideYear");
        assertThat(s.contributions().get(0).periodText()).isEqualTo("เร็ว ๆ นี้");
    }
}
