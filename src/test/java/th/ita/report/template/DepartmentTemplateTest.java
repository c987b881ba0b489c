package th.ita.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.Column;
import th.ita.report.report.DocumentText;

/** Opens a written template with POI and checks what a department will see and what the job will read. */
class DepartmentTemplateTest {

    static final JobDefinition NATORN = new JobDefinitionLoader().load(Path.of("jobs/natorn-2568.yml"));
    static final List<String> HEADING_KEYS = List.of("report.heading.measure", "report.heading.steps",
            "report.heading.period", "report.heading.responsible", "report.heading.output", "report.heading.outcome");

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    final ResourceBundleMessageSource messages = messages();
    XSSFWorkbook workbook;
    XSSFSheet report;

    @BeforeEach
    void writeTheTemplateOfKongKlang() throws IOException {
        workbook = template(NATORN, department("กองคลัง"));
        report = workbook.getSheet("รายงาน");
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void theReportSheetComesFirstWithTitleLabelsAndTheSixHeadings() {
        assertThat(workbook.getSheetIndex(report)).isZero();
        assertThat(workbook.getActiveSheetIndex()).isZero();
        assertThat(text(report, "A1")).isEqualTo("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
        assertThat(report.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"));
        assertThat(text(report, "A2")).isEqualTo("ส่วนราชการ");
        assertThat(text(report, "B2")).isEqualTo("กองคลัง");
        assertThat(text(report, "C2")).isEqualTo("ปีงบประมาณ");
        assertThat(text(report, "D2")).isEqualTo("๒๕๖๘");

        Row header = report.getRow(DepartmentTemplate.HEADER_ROW);
        List<String> headings = IntStream.range(0, 6).mapToObj(c -> header.getCell(c).getStringCellValue()).toList();
        assertThat(headings).containsExactlyElementsOf(HEADING_KEYS.stream()
                .map(k -> messages.getMessage(k, null, DocumentText.THAI_LOCALE)).toList());
        assertThat(headings.get(0)).startsWith("มาตรการ/โครงการ/กิจกรรม");
        // Each heading names its own column to the job, in the published order.
        assertThat(headings.stream().map(Column::named).toList()).containsExactly(Column.MEASURE, Column.STEPS,
                Column.PERIOD, Column.RESPONSIBLE, Column.OUTPUT, Column.OUTCOME);
    }

    @Test
    void theHeaderIsLockedTheSheetProtectedAndTheDataRowsEditable() {
        assertThat(report.getProtect()).isTrue();
        assertThat(report.isSheetLocked()).isTrue();
        assertThat(report.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(report.isInsertRowsLocked()).isFalse();
        for (int r = 0; r <= DepartmentTemplate.HEADER_ROW; r++) {
            for (int c = 0; c < 6; c++) {
                assertThat(report.getRow(r).getCell(c).getCellStyle().getLocked()).as("row %d col %d", r, c).isTrue();
            }
        }
        int last = DepartmentTemplate.FIRST_DATA_ROW + DepartmentTemplate.DATA_ROWS - 1;
        for (int r = DepartmentTemplate.FIRST_DATA_ROW; r <= last; r++) {
            for (int c = 0; c < 6; c++) {
                Cell cell = report.getRow(r).getCell(c);
                assertThat(cell.getCellStyle().getLocked()).as("row %d col %d", r, c).isFalse();
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
                assertThat(cell.getCellStyle().getBorderBottom().getCode()).isPositive();
                assertThat(cell.toString()).isEmpty();
            }
        }
        assertThat((Object) report.getRow(last + 1)).isNull();
        assertThat(report.getColumnStyle(0).getLocked()).as("typing below the bordered rows").isFalse();
        assertThat(report.getPaneInformation().getHorizontalSplitTopRow())
                .isEqualTo((short) DepartmentTemplate.FIRST_DATA_ROW);
    }

    @Test
    void theMeasureColumnOffersTheYearsSevenMeasuresAndAllowsOtherValuesWithAWarning() {
        List<XSSFDataValidation> validations = report.getDataValidations();
        assertThat(validations).hasSize(1);
        XSSFDataValidation validation = validations.get(0);
        CellRangeAddress[] regions = validation.getRegions().getCellRangeAddresses();
        assertThat(regions).hasSize(1);
        assertThat(regions[0].getFirstColumn()).isZero();
        assertThat(regions[0].getLastColumn()).isZero();
        assertThat(regions[0].getFirstRow()).isEqualTo(DepartmentTemplate.FIRST_DATA_ROW);
        assertThat(regions[0].getLastRow()).isGreaterThanOrEqualTo(DepartmentTemplate.FIRST_DATA_ROW
                + DepartmentTemplate.DATA_ROWS - 1);

        DataValidationConstraint constraint = validation.getValidationConstraint();
        assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        assertThat(constraint.getExplicitListValues()).isNull();
        assertThat(listed(constraint.getFormula1())).containsExactly(
                "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
                "๒. การให้บริการและระบบ E-Service",
                "๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
                "๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
                "๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
                "๖. กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
                "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน");
        // Longer than an explicit list may be: that is why the list lives on a sheet.
        assertThat(String.join(",", listed(constraint.getFormula1())).length()).isGreaterThan(255);

        assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getShowPromptBox()).isTrue();
        assertThat(validation.getEmptyCellAllowed()).isTrue();
        // The in-cell arrow is shown: OOXML's showDropDown="1" would hide it.
        assertThat(report.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown()).isFalse();
        // Excel's limits: titles 32 characters, messages 255.
        assertThat(validation.getErrorBoxTitle()).isNotBlank().hasSizeLessThanOrEqualTo(32);
        assertThat(validation.getPromptBoxTitle()).isNotBlank().hasSizeLessThanOrEqualTo(32);
        assertThat(validation.getErrorBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
        assertThat(validation.getPromptBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
    }

    @Test
    void theListSheetIsHiddenAndProtected() {
        XSSFSheet list = workbook.getSheet("มาตรการ");
        assertThat(list).isNotNull();
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(list))).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(list.getProtect()).isTrue();
        assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
    }

    @Test
    void theHelpSheetExplainsEachColumnWithOneExampleButHasNoTableHeader() {
        XSSFSheet help = workbook.getSheet("คำอธิบาย");
        assertThat(help).isNotNull();
        assertThat(workbook.getSheetIndex(help)).isEqualTo(1);
        assertThat(workbook.isSheetHidden(1)).isFalse();
        String all = String.join("\n", cellTexts(help));
        assertThat(all).contains("ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ต.ค. ๖๗ - ก.ย. ๖๘", "ตลอดปีงบประมาณ", "๑.", "๒.", "(๑)",
                "ทุกส่วนราชการ", "เว้นช่องมาตรการว่าง", "ตัวอย่าง",
                "๖. กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
                "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน");
        // One explanation per column, naming the column by its letter and published heading.
        for (int c = 0; c < 6; c++) {
            String heading = messages.getMessage(HEADING_KEYS.get(c), null, DocumentText.THAI_LOCALE);
            assertThat(all).contains("คอลัมน์ " + (char) ('A' + c) + ": " + heading);
        }
        // Exactly one example row, its six cells shown one per line beside their headings.
        assertThat(all).containsOnlyOnce("ตัวอย่างเท่านั้น");
        // The job reads every visible sheet with the table header; two columns can never be one.
        for (Row row : help) {
            assertThat(row.getLastCellNum()).as("row %d", row.getRowNum() + 1).isLessThanOrEqualTo((short) 2);
        }
        for (Row row : help) {
            long named = 0;
            for (Cell cell : row) {
                named += Column.named(cell.toString()) == null ? 0 : 1;
            }
            assertThat(named).as("row %d", row.getRowNum() + 1).isLessThan(3);
        }
    }

    @Test
    void eachDepartmentGetsItsOwnNameAndTheOfficesDigitStyle() throws IOException {
        JobDefinition arabic = new JobDefinition(NATORN.organisation(), NATORN.fiscalYear(), NATORN.reportPeriod(),
                NATORN.ita(), NATORN.memo(), NATORN.report(), NATORN.signatory(), NATORN.approvalChain(),
                NATORN.departments(), NATORN.measures(),
                new JobDefinition.Rendering(false, NATORN.rendering().fontFamily()));
        try (XSSFWorkbook other = template(arabic, department("กองการศึกษา ศาสนาและวัฒนธรรม"))) {
            XSSFSheet sheet = other.getSheetAt(0);
            assertThat(text(sheet, "B2")).isEqualTo("กองการศึกษา ศาสนาและวัฒนธรรม");
            assertThat(text(sheet, "D2")).isEqualTo("2568");
            assertThat(text(sheet, "A1")).endsWith("พ.ศ. 2568");
            assertThat(listed(other, other.getSheetAt(0).getDataValidations().get(0)
                    .getValidationConstraint().getFormula1()))
                    .startsWith("1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ").hasSize(7);
            assertThat(String.join("\n", cellTexts(other.getSheetAt(1)))).contains("ก.พ. - ก.ย. พ.ศ. 2568")
                    .doesNotContain("๒๕๖๘");
        }
    }

    @Test
    void theFontIsTheOfficesAndWideEnoughColumnsHoldThaiText() {
        assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("TH Sarabun New");
        assertThat(workbook.getFontAt(0).getFontHeightInPoints()).isEqualTo((short) 16);
        assertThat(report.getRow(1).getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("TH Sarabun New");
        assertThat(report.getColumnWidth(1)).isGreaterThan(report.getColumnWidth(2));
        // The header row is tall enough for the three lines the measure heading wraps to.
        assertThat(report.getRow(DepartmentTemplate.HEADER_ROW).getHeightInPoints()).isGreaterThanOrEqualTo(3 * 24f);
    }

    // --- helpers ---

    XSSFWorkbook template(JobDefinition definition, JobDefinition.Department department) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DepartmentTemplate(messages).write(definition, department, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static JobDefinition.Department department(String name) {
        return NATORN.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    static String text(XSSFSheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        return sheet.getRow(at.getRow()).getCell(at.getCol()).getStringCellValue();
    }

    List<String> listed(String formula) {
        return listed(workbook, formula);
    }

    /** The values a list constraint's range formula refers to. */
    static List<String> listed(XSSFWorkbook workbook, String formula) {
        AreaReference area = new AreaReference(formula.replaceFirst("^=", ""), SpreadsheetVersion.EXCEL2007);
        XSSFSheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
        assertThat(sheet).as("sheet of %s", formula).isNotNull();
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    static List<String> cellTexts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!cell.toString().isEmpty()) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
