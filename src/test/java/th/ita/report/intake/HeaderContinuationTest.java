package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's own header takes two rows: "มาตรการ/โครงการ/กิจกรรม" over "ที่ดำเนินการเพื่อส่งเสริม
 * คุณธรรมและความโปร่งใสภายในหน่วยงาน", "ผลการดำเนินการ" over "(output)". Such a row continues the
 * header in any column order, merged or not; a data row right under the header stays data. Every
 * workbook is read by both readers (and the first also as .xls), which must agree.
 */
class HeaderContinuationTest {

    static final String MEASURE_TOP = "มาตรการ/โครงการ/กิจกรรม";
    static final String MEASURE_CONTINUED = "ที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    private final BothReaders reader = new BothReaders();

    @TempDir
    Path dir;

    @Test
    void theSeedsTwoRowHeaderWithoutMergedCellsIsOneHeader() throws Exception {
        for (String format : new String[] {"xlsx", "xls"}) {
            Path file = TestWorkbooks.grid(dir.resolve("seed." + format),
                    new String[] {"ส่วนราชการ", "กองช่าง"},
                    null,
                    new String[] {MEASURE_TOP, "ขั้นตอน/วิธีการปฏิบัติ", "ช่วงระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ",
                        "ผลการดำเนินการ", "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ"},
                    new String[] {MEASURE_CONTINUED, null, null, null, "(output)", "(outcome/ result)"},
                    new String[] {"๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "๑. ปรับปรุงคู่มือ",
                        "ก.พ. - มี.ค. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", "๑. ทบทวนคู่มือ", "หน่วยงานมีความโปร่งใส"},
                    new String[] {"", "๒. กำชับให้เจ้าหน้าที่ถือปฏิบัติ"});

            WorkbookContent content = reader.read(file);

            assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(5, 6);
            assertThat(content.rows().get(0).text(Column.OUTPUT)).isEqualTo("๑. ทบทวนคู่มือ");
            assertThat(content.rows().get(1).text(Column.STEPS)).startsWith("๒.");
            assertThat(content.sheetNotes()).isEmpty();
        }
    }

    @Test
    void mergedHeadingsInAnotherColumnOrderWithTheSeedsWordingSplitOtherwise() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = TestWorkbooks.grid(wb, "ข้อมูล",
                new String[] {"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม"},
                new String[] {"ส่วนราชการ: กองคลัง"},
                new String[] {"ผลลัพธ์หรือผลสัมฤทธิ์", MEASURE_TOP, "ผู้รับผิดชอบ", "ขั้นตอน/วิธีการปฏิบัติ",
                    "ระยะเวลา", "ผลการดำเนินการ", "หมายเหตุ"},
                new String[] {"ในการดำเนินการ (outcome/ result)", "ภายในหน่วยงาน ที่ดำเนินการเพื่อส่งเสริมคุณธรรม",
                    null, null, null, "(output)", null},
                // A measure given by its name alone, right under the header: data.
                new String[] {"ผู้รับบริการเข้าถึงข้อมูลได้ง่าย", "การให้บริการและระบบ E-Service", "กองคลัง",
                    "จัดทำคู่มือการให้บริการ", "ก.พ. - ก.ย. ๒๕๖๘", "มีช่องทางบริการ E-Service", "ดำเนินการแล้ว"});
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        for (int c = 2; c <= 6; c++) {
            if (c != 5) {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
        }
        Path file = TestWorkbooks.save(wb, dir.resolve("merged.xlsx"));

        WorkbookContent content = reader.read(file);

        assertThat(content.department()).isEqualTo("กองคลัง");
        assertSingleRow(content, "การให้บริการและระบบ E-Service", Column.OUTCOME, "A5");
    }

    @Test
    void parenthesisedEnglishLabelsUnderAHeaderStartingInColumnB() throws Exception {
        Path file = TestWorkbooks.grid(dir.resolve("english.xlsx"),
                new String[] {null, "ส่วนราชการ", "กองสวัสดิการสังคม"},
                new String[] {null, "ผลการดำเนินการ", "ขั้นตอน/วิธีการปฏิบัติ", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ",
                    "ผลลัพธ์", "มาตรการ"},
                new String[] {null, "(output)", null, "(บาท)", null, null, "(outcome)"},
                new String[] {null, "๑. ลงทะเบียนผู้สูงอายุ", "๑. ประชาสัมพันธ์", "5000", "ตลอดปีงบประมาณ", "กองสวัสดิการสังคม",
                    "ผู้สูงอายุได้รับเบี้ยยังชีพ", "2"});

        assertSingleRow(reader.read(file), "2", Column.OUTPUT, "B4");
    }

    @Test
    void aRowUnderTheHeaderWithAMeasureNumberOrPeriodIsData() throws Exception {
        Path file = TestWorkbooks.grid(dir.resolve("data.xlsx"),
                TestWorkbooks.HEADER,
                // Heading words, but a measure number: data, not a heading.
                new String[] {"มาตรการที่ ๓", "ขั้นตอน/วิธีการปฏิบัติ", "", "", "(output)", ""},
                // Under the header words again, now with a period: data too.
                new String[] {"", "ผลการดำเนินการ", "ก.พ. ๒๕๖๘"});

        assertThat(reader.read(file).rows()).extracting(TableRow::rowNumber).containsExactly(2, 3);

        Path under = TestWorkbooks.grid(dir.resolve("under.xlsx"),
                TestWorkbooks.HEADER,
                new String[] {null, null, null, null, "(output)", "(outcome)"},
                new String[] {"2", "ขั้นตอน"});
        // The continuation row goes with the header; the row after it is the first data row.
        assertThat(reader.read(under).rows()).extracting(TableRow::rowNumber).containsExactly(3);
    }

    /** The only row read: its measure cell, and where one of its columns was found. */
    private static void assertSingleRow(WorkbookContent content, String measure, Column column, String ref) {
        assertThat(content.rows()).singleElement().satisfies(row -> {
            assertThat(row.text(Column.MEASURE)).isEqualTo(measure);
            assertThat(row.cell(column).ref()).isEqualTo(ref);
            assertThat(row.rowNumber()).isEqualTo(Integer.parseInt(ref.replaceAll("[A-Z]", "")));
        });
    }
}
