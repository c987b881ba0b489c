package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    /**
     * A sheet of thousands of rows is looked at on every core: the submission is the same, finding
     * for finding and item for item, as when the rows are taken one by one.
     */
    @Test
    void aLargeSheetValidatedInParallelOrWhileReadGivesWhatOneRowAtATimeGives() {
        String[][] kinds = {
            {"๑", "๑. ขั้นตอน %d ๒. ต่อไป", "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "สำนักปลัด", "ผล %d", "ผลลัพธ์ ปี ๒๕๖๗"},
            {"", "ต่อจากแถวบน %d\n๓. เพิ่ม", "", "กองคลัง", "", "ตามหลักคุณธรรม"},
            {"มาตรการที่ ๒ การเปิดเผยข้อมูล", "ขั้นตอน %d", "ตลอดปีงบประมาณ", "", "ผล", ""},
            {"๘", "ขั้นตอน", "ก.พ. 2568", "กองคลัง", "ผล", ""},
            {"", "ต่อจากแถวที่ไม่ได้รับ %d", "", "", "", ""},
            {"3", "#REF!", "", "", "ผล", ""},
            {"4", "ขั้นตอน %d", "เดือนที่อ่านไม่ได้ %d", "", "ผล\u200b %d", ""},
            {"5", "", "", "", "", ""},
            {"6", "ขั้นตอน %d", "ต.ค. ๒๕๖๕", "", "ผล", ""},
        };
        Workbooks sheet = Workbooks.from("สำนักปลัด");
        Random random = new Random(15);
        for (int r = 0; r < 3000; r++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            String[] cells = new String[6];
            for (int c = 0; c < 6; c++) {
                cells[c] = kind[c].replace("%d", String.valueOf(r % 97));
            }
            sheet.row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        }
        var content = sheet.content();
        Submission oneByOne = new SubmissionValidator(Workbooks.NATORN, 32_767, Integer.MAX_VALUE)
                .validate(sheet.input(), content);
        Submission parallel = new SubmissionValidator(Workbooks.NATORN, 32_767, 1).validate(sheet.input(), content);
        // As while reading: the rows given to the lookahead as they are kept, the last ones not a full batch.
        SubmissionValidator whileReading = new SubmissionValidator(Workbooks.NATORN, 32_767, Integer.MAX_VALUE);
        SubmissionValidator.Lookahead lookahead = whileReading.lookahead();
        content.rows().forEach(lookahead);
        Submission lookedAhead = whileReading.validate(sheet.input(), content, lookahead);
        assertThat(lookedAhead.findings()).isEqualTo(oneByOne.findings());
        assertThat(lookedAhead.rowsAccepted()).isEqualTo(oneByOne.rowsAccepted());
        assertThat(lookedAhead.contributions()).hasSameSizeAs(oneByOne.contributions());

        assertThat(oneByOne.rowsRejected()).isPositive();
        assertThat(oneByOne.findings()).extracting(Finding::code).contains("period.unreadable", "period.outsideYear",
                "text.otherYear", "row.continuesRejected");
        assertThat(parallel.rowsRead()).isEqualTo(oneByOne.rowsRead()).isEqualTo(3000);
        assertThat(parallel.rowsAccepted()).isEqualTo(oneByOne.rowsAccepted());
        assertThat(parallel.findings()).isEqualTo(oneByOne.findings());
        assertThat(parallel.contributions()).hasSameSizeAs(oneByOne.contributions());
        for (int i = 0; i < oneByOne.contributions().size(); i++) {
            Contribution a = oneByOne.contributions().get(i);
            Contribution b = parallel.contributions().get(i);
            assertThat(List.of(b.measure(), b.firstRow(), b.steps(), b.outputs(), b.outcomes(), b.responsible(),
                    b.periodText(), String.valueOf(b.period())))
                    .as("contribution %d", i)
                    .isEqualTo(List.of(a.measure(), a.firstRow(), a.steps(), a.outputs(), a.outcomes(), a.responsible(),
                            a.periodText(), String.valueOf(a.period())));
        }
    }

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
