package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the streaming reader deliberately does better than reading the whole workbook: it
 * inflates only what it reads, and refuses a cell too long to be anything but hostile before
 * it fills the heap.
 */
class StreamingWorkbookReaderTest {

    @TempDir
    Path dir;

    @Test
    void aHiddenSheetIsNeverOpened() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        TestWorkbooks.simple(wb, "กองคลัง", new String[] {"1", "ขั้นตอน", "", "", "", ""});
        wb.createSheet("เก่า").createRow(0).createCell(0).setCellValue("ปีที่แล้ว");
        wb.setSheetHidden(1, true);
        Path valid = TestWorkbooks.save(wb, dir.resolve("valid.xlsx"));
        Path broken = TestWorkbooks.rewrite(valid, dir.resolve("broken.xlsx"), "xl/worksheets/sheet2.xml", xml -> xml + "<oops>");
        WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

        WorkbookContent content = reader.read(broken);

        assertThat(content.rows()).hasSize(1);
        assertThat(content.sheetNotes()).extracting(WorkbookContent.SheetNote::code).containsExactly("sheet.hidden");
        assertThatThrownBy(() -> reader.readWithUsermodel(broken))
                .isInstanceOfSatisfying(WorkbookRejectedException.class, e -> assertThat(e.code()).isEqualTo("file.unreadable"));
    }

    @Test
    void aCellLongerThanTheTextLimitIsRefusedNotHeld() throws Exception {
        IntakeLimits d = IntakeLimits.DEFAULTS;
        WorkbookReader reader = new WorkbookReader(new IntakeLimits(d.maxFileBytes(), d.maxRowsPerSheet(),
                d.maxCellLength(), d.minInflateRatio(), d.maxEntryBytes(), 1000));
        try {
            Path shared = TestWorkbooks.xlsx(dir.resolve("shared.xlsx"), "กองคลัง",
                    new String[] {"1", "ก".repeat(1001), "", "", "", ""});
            Path inline = TestWorkbooks.rewrite(TestWorkbooks.xlsx(dir.resolve("plain.xlsx"), "กองคลัง",
                    new String[] {"1", "ขั้นตอน", "", "", "", ""}), dir.resolve("inline.xlsx"), "xl/worksheets/sheet1.xml",
                    xml -> xml.replace("</sheetData>",
                            "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>" + "ข".repeat(1001) + "</t></is></c></row></sheetData>"));

            for (Path file : new Path[] {shared, inline}) {
                assertThatThrownBy(() -> reader.read(file)).as(file.toString())
                        .isInstanceOfSatisfying(WorkbookRejectedException.class, e -> {
                            assertThat(e.code()).isEqualTo("file.unreadable");
                            assertThat(e.details()).singleElement().asString().contains("1000");
                        });
            }
        } finally {
            IntakeLimits.DEFAULTS.applyToPoi();
        }
    }
}
