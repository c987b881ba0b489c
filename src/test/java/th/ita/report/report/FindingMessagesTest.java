package th.ita.report.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.report.output.page.ValidationPageTest;
import th.ita.report.merge.FileOutcome;
import th.ita.report.validation.Finding;
import th.ita.report.validation.Submission;
import th.ita.report.validation.SubmissionValidator;
import th.ita.report.validation.Workbooks;

/**
 * Numbers in the Thai messages are written in Thai digits, like the digits the messages carry
 * themselves ("(มีมาตรการที่ ๑ ถึง ๗)", never "๑ ถึง 7"); text quoted from a workbook stays as written.
 */
class FindingMessagesTest {

    private final FindingMessages messages = new FindingMessages(ValidationPageTest.messageSource());

    @Test
    void theCountInAnUnknownMeasureNumberIsInThaiDigitsAndTheQuoteAsWritten() {
        Submission s = Workbooks.from("กองคลัง").row("8", "ขั้นตอน", "", "", "ผล", "").validate();

        assertThat(messages.message(s.findings().get(0)))
                .isEqualTo("ไม่มีมาตรการ \"8\" ในปีนี้ (มีมาตรการที่ ๑ ถึง ๗)");
    }

    @Test
    void noMessageOfARunHasAnArabicDigitOutsideWhatItQuotes() {
        Submission s = new SubmissionValidator(Workbooks.NATORN, 3000).validate(Workbooks.from("กองคลัง").input(),
                Workbooks.from("กองคลัง")
                        .row("๘", "ขั้นตอน", "", "", "ผล", "")
                        .row("3. ชื่อที่ไม่ใช่มาตรการ", "อ้างถึงปี 2567", "ก.พ. 2566", "", "ผล", "")
                        .row("1", "x".repeat(2500), "", "", "ผล", "")
                        .row("2", "y".repeat(3001), "", "", "ผล", "")
                        .content());
        List<String> codes = s.findings().stream().map(Finding::code).toList();
        assertThat(codes).contains("measure.unknownNumber", "measure.nameMismatch", "text.otherYear",
                "period.outsideYear", "text.long", "cell.tooLong");

        for (Finding finding : s.findings()) {
            String unquoted = messages.message(finding).replaceAll("\"[^\"]*\"", "");
            assertThat(unquoted).as(finding.code()).doesNotContainPattern("[0-9]");
        }
        String tooLong = s.findings().stream().filter(f -> f.code().equals("cell.tooLong"))
                .map(messages::message).findFirst().orElseThrow();
        assertThat(tooLong).contains("๓๐๐๑").contains("(๓๐๐๐)");
    }

    @Test
    void aFilesReasonWritesItsNumbersInThaiDigits() {
        FileOutcome tooMany = new FileOutcome("ใหญ่.xlsx", "กองคลัง", FileOutcome.Status.REJECTED, "file.tooManyRows",
                List.of("รายงาน 2568", 50_000), 0, 0, 0, null);

        assertThat(messages.reason(tooMany)).contains("\"รายงาน 2568\"").contains("๕๐๐๐๐ แถว");
    }
}
