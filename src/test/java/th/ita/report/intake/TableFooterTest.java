package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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

    private final BothReaders reader = new BothReaders();

    @TempDir
    Path dir;

    @Test
    void aSignatureBlockUnderTheTableIsANoteNamingItsCellsNotRows() throws Exception {
        for (String format : new String[] {"xlsx", "xls"}) {
            Path file = TestWorkbooks.grid(dir.resolve("signed." + format),
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

            WorkbookContent content = reader.read(file);

            assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5);
            assertThat(content.rows().get(1).text(Column.OUTCOME)).isEqualTo("ตามหลักคุณธรรมและความโปร่งใส");
            BothReaders.assertSingleNote(content, "sheet.footer", "E7, E8, E9, E10", 4);
            assertThat(content.sheetNotes().get(0).sheet()).isEqualTo("รายงาน");
        }
    }

    @Test
    void aFooterOfNotesAndASignatureInTheMeasureColumnAreNotRowsEither() throws Exception {
        Path file = TestWorkbooks.grid(dir.resolve("notes.xlsx"),
                TestWorkbooks.HEADER,
                ROW_1,
                new String[] {"หมายเหตุ: ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘", null, null, null, null, null, null, null,
                    "แนบภาพกิจกรรม"},
                new String[] {"* ดูรายละเอียดเพิ่มเติมในเว็บไซต์ของหน่วยงาน"},
                new String[] {"ลงชื่อ.............................ผู้ตรวจสอบ", null, null, null, "ลงชื่อ.............................ผู้รายงาน"},
                new String[] {"ผู้อำนวยการกองคลัง"},
                // Beyond the header's columns, nothing under the header: a stray cell, not the footer.
                new String[] {null, null, null, null, null, null, null, null, null, null, "x"});

        WorkbookContent content = reader.read(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(2);
        assertThat(content.sheetNotes()).containsExactly(
                new WorkbookContent.SheetNote("รายงาน", "sheet.footer", "A3, I3, A4, A5, E5, A6", 6),
                new WorkbookContent.SheetNote("รายงาน", "sheet.outsideCells", "K7", 1));
    }

    @Test
    void linesThatLookLikeAFooterButHaveDataAfterThemAreRows() throws Exception {
        Path file = TestWorkbooks.grid(dir.resolve("not-a-footer.xlsx"),
                TestWorkbooks.HEADER,
                ROW_1,
                new String[] {"", "หมายเหตุ: ดำเนินการร่วมกับอำเภอ"},
                new String[] {"๒", "จัดทำคู่มือ", "", "", "", ""});

        WorkbookContent content = reader.read(file);

        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(content.sheetNotes()).isEmpty();
    }
}
