package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.intake.InputFile;
import th.ita.report.intake.IntakeLimits;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.intake.WorkbookReader;
import th.ita.report.merge.MergedMeasure;
import th.ita.report.merge.ReportMerger;

/**
 * Thai typed or pasted in other Unicode forms names the same department and measure: sara am as
 * nikhahit + sara aa (ํ + า, as PDFs and some keyboards give it), zero-width spaces and no-break
 * spaces inside names. Real workbook files, read and validated as the job does.
 */
class ThaiUnicodeFormsTest {

    static final String AM = "\u0E4D\u0E32";
    static final String ZWSP = "\u200B";
    static final String NBSP = "\u00A0";

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);
    private final SubmissionValidator validator = new SubmissionValidator(Workbooks.NATORN);

    @TempDir
    Path dir;

    @Test
    void decomposedSaraAmInTheDepartmentLabelAndMeasureNames() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("a.xlsx"), "ส" + AM + "นักปลัด",
                new String[] {"กระบวนการควบคุม ตรวจสอบการใช้อ" + AM + "นาจและการบริหารงานบุคคล", "จัดท" + AM + "แผน",
                    "ก.พ. - ก.ย. ๒๕๖๘", "ส" + AM + "นักปลัด", "ประชุมชี้แจง", ""},
                new String[] {"๔. กระบวนการก" + AM + "กับดูแลการใช้ทรัพย์สินของราชการ", "ตรวจสอบพัสดุ", "", "", "ผล", ""});

        Submission s = validate(file);

        assertThat(s.department()).isEqualTo("สำนักปลัด");
        assertThat(s.contributions()).extracting(c -> c.measure().number()).containsExactly(6, 4);
        assertCleanlyAccepted(s, 2);
    }

    @Test
    void zeroWidthAndNoBreakSpacesInTheDepartmentLabelAndMeasureNames() throws Exception {
        Path file = TestWorkbooks.xls(dir.resolve("b.xls"), "กองการศึกษา" + NBSP + "ศาสนาและ" + ZWSP + "วัฒนธรรม",
                new String[] {"การให้" + ZWSP + "บริการและระบบ" + NBSP + "E-Service", "ขั้นตอน", "", "", "", ""},
                new String[] {ZWSP + "๗." + NBSP + "กลไกและมาตรการในการแก้ไข" + ZWSP + "และป้องกันการทุจริตภายใน" + NBSP + "หน่วยงาน",
                    "ขั้นตอน", "", "", "", ""});

        Submission s = validate(file);

        assertThat(s.department()).isEqualTo("กองการศึกษา ศาสนาและวัฒนธรรม");
        assertThat(s.contributions()).extracting(c -> c.measure().number()).containsExactly(2, 7);
        assertCleanlyAccepted(s, 2);
    }

    @Test
    void aFileNameNamesTheDepartmentInEitherFormAndItemsInEitherFormAreKeptOnce() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.grid(wb, "รายงาน", TestWorkbooks.HEADER,
                new String[] {"1", "จัดท" + AM + "คู่มือ" + ZWSP, "", "", "ผล", ""});
        Submission byFileName = validate(TestWorkbooks.save(wb, dir.resolve("ส" + AM + "นักปลัด.xlsx")));
        Submission plain = validate(TestWorkbooks.xls(dir.resolve("c.xls"), "กองช่าง",
                new String[] {"1", "จัดทำคู่มือ", "", "", "ผล", ""}));

        assertThat(byFileName.department()).isEqualTo("สำนักปลัด");
        assertThat(byFileName.findings()).noneMatch(f -> f.code().startsWith("department."));
        MergedMeasure first = new ReportMerger(Workbooks.NATORN, "ทุกส่วนราชการ")
                .merge(List.of(byFileName, plain)).measures().get(0);
        assertThat(first.steps()).as("one item, however it was typed").hasSize(1);
        assertThat(first.departments()).containsExactly("สำนักปลัด", "กองช่าง");
    }

    @Test
    void theDepartmentsWordingIsPublishedAsWritten() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("d.xlsx"), "กองช่าง",
                new String[] {"1", "จัดท" + AM + "คู่มือ", "", "", "ผล", ""});

        assertThat(validate(file).contributions().get(0).steps().get(0).text()).isEqualTo("จัดท" + AM + "คู่มือ");
    }

    private Submission validate(Path file) throws Exception {
        InputFile input = new InputFile(file, Instant.parse("2025-05-01T00:00:00Z"), Files.size(file),
                InputFile.Decision.CANDIDATE, null);
        return validator.validate(input, reader.read(file));
    }

    private static void assertCleanlyAccepted(Submission s, int rows) {
        assertThat(s.rowsAccepted()).isEqualTo(rows);
        assertThat(s.rowsRejected()).isZero();
        assertThat(s.findings()).as("no department or measure warnings")
                .noneMatch(f -> f.code().startsWith("department.") || f.code().startsWith("measure."));
    }
}
