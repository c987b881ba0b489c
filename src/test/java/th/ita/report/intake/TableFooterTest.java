package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table ends where the table ends: the signature block departments put under it, or a footer
 * of notes, is not read as rows of the last measure but noted with its cells; a real continuation
 * row (empty measure cell) just above it is still data. Both readers agree.
 */
class TableFooterTest {

    static final String[] ROW_1 = {"๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
        "๑. เผยแพร่ช่องทางร้องเรียน\n๒. การกำหนดแผนปฏิบัติการป้องกันการทุจริต ที่มุ่งเน้นโครงการ/กิจกรรมที่เสริมสร้างความโปร่งใส",
        "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ทุกส่วนราชการ", "๑. จัดกิจกรรมวันต่อต้านคอร์รัปชัน", "พนักงานตระหนักถึงภัยของการทุจริต"};
    // The seed's measure ๗ continued across its page break: an empty measure cell, text cut mid-sentence.
    static final String[] CONTINUATION = {"", "ในการปฏิบัติงานหรือการให้บริการ\n๓.มีการรายงานผลการดำเนินงาน", "", "", "",
        "ตามหลักคุณธรรมและความโปร่งใส"};

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void aSignatureBlockUnderTheTableIsANoteNamingItsCellsNotRows() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            TestWorkbooks.grid(wb, "รายงาน",
                    new String[] {"ส่วนราชการ", "สำนักปลัด"},
                    null,
                    TestWorkbooks.HEADER,
                    ROW_1,
                    CONTINUATION,
                    null,
                    new String[] {null, null, null, null, "ลงชื่อ ........................................ ผู้รายงาน"},
                    new String[] {null, null, null, null, "(นางสาวสมใจ ใจดี)"},
                    new String[] {null, null, null, null, "ตำแหน่ง หัวหน้าสำนักปลัด"},
                    new String[] {null, null, null, null, "วันที่ ……… เดือน ……………… พ.ศ. ……"});
            Path file = TestWorkbooks.save(wb, dir.resolve("signed." + (wb instanceof HSSFWorkbook ? "xls" : "xlsx")));

            WorkbookContent content = readBoth(file);

            assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5);
            assertThat(content.rows().get(1).text(Column.OUTCOME)).isEqualTo("ตามหลักคุณธรรมและความโปร่งใส");
            assertThat(content.sheetNotes()).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo("sheet.footer");
                assertThat(note.sheet()).isEqualTo("รายงาน");
                assertThat(note.arguments()).containsExactly("E7, E8, E9, E10", 4);
            });
        }
    }

    @Test
    void aFooterOfNotesAndASignatureInTheMeasureColumnAreNotRowsEither() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.grid(wb, "รายงาน",
                TestWorkbooks.HEADER,
                ROW_1,
                new String[] {"หมายเหตุ: ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘", null, null, null, null, null, null, null,
                    "แนบภาพกิจกรรม"},
                new String[] {"* ดูรายละเอียดเพิ่มเติมในเว็บไซต์ของหน่วยงาน"},
                new String[] {"ลงชื่อ.............................ผู้ตรวจสอบ", null, null, null, "ลงชื่อ.............................ผู้รายงาน"},
                new String[] {"ผู้อำนวยการกองคลัง"});
        Path file = TestWorkbooks.save(wb, dir.resolve("notes.xlsx"));

        WorkbookContent content = readBoth(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(2);
        assertThat(content.sheetNotes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo("sheet.footer");
            assertThat(note.arguments()).containsExactly("A3, I3, A4, A5, E5, A6", 6);
        });
    }

    @Test
    void linesThatLookLikeAFooterButHaveDataAfterThemAreRows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.grid(wb, "รายงาน",
                TestWorkbooks.HEADER,
                ROW_1,
                new String[] {"", "หมายเหตุ: ดำเนินการร่วมกับอำเภอ"},
                new String[] {"๒", "จัดทำคู่มือ", "", "", "", ""});
        Path file = TestWorkbooks.save(wb, dir.resolve("not-a-footer.xlsx"));

        WorkbookContent content = readBoth(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(content.sheetNotes()).isEmpty();
    }

    private WorkbookContent readBoth(Path file) {
        WorkbookContent usermodel = reader.readWithUsermodel(file);
        if (file.toString().endsWith(".xlsx")) {
            WorkbookContent streamed = reader.readStreaming(file);
            assertThat(streamed.rows()).as(file.toString()).containsExactlyElementsOf(usermodel.rows());
            assertThat(streamed.sheetNotes()).as(file.toString()).isEqualTo(usermodel.sheetNotes());
        }
        return usermodel;
    }

    static List<String> codes(WorkbookContent content) {
        return content.sheetNotes().stream().map(WorkbookContent.SheetNote::code).toList();
    }
}
