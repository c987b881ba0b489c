package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.EmblemJob;
import th.ita.report.PdfText;
import th.ita.report.SampleInput;
import th.ita.report.SeedDocument;
import th.ita.report.TestConsole;
import th.ita.report.output.memo.BreakCheck;
import th.ita.report.output.pdf.PdfCopies;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;

/**
 * The documents the office signs and publishes, from one real run on the sample input (the seed
 * split in four workbooks) with the shipped job definition, read back: memo.docx and
 * publication-request.docx with POI, and, where LibreOffice and poppler are installed (.ci/run
 * installs them), the PDF copies page by page with pdftotext, judged as printed: the memo proper on
 * two pages with the catchword and "- ๒ -", the attachment compact, no word cut at a line's end.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=true", "spring.datasource.url=jdbc:hsqldb:mem:docs"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsEndToEndTest {

    static final Path JOB = Path.of("jobs/natorn-2568.yml");
    static final String PDF_TOOLS = "LibreOffice (soffice) or poppler (pdftotext, pdfinfo) is not installed: PDF copies not judged";

    @Autowired
    CompileRun compiler;

    Path work;
    Path output;
    String console;

    @BeforeAll
    void compileTheSampleInput(@TempDir Path folder) throws Exception {
        work = folder;
        output = work.resolve("output");
        console = compile(JOB, output);
    }

    private String compile(Path job, Path out) throws Exception {
        Path input = work.resolve("input");
        if (!Files.isDirectory(input)) {
            SampleInput.copyInto(input);
        }
        TestConsole console = new TestConsole();
        assertThat(compiler.compile(new CompileRun.Request(input, out, job, null), console).exitCode())
                .as(console.text()).isEqualTo(ExitCode.OK);
        return console.text();
    }

    private static boolean pdfTools() {
        return PdfCopies.fromPath().available() && PdfText.available();
    }

    private static XWPFDocument docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Every paragraph of the document, body, table cells, headers and footers, with its invisible marks. */
    private static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> out.add(p.getText()));
                    }
                }
            }
        }
        doc.getHeaderList().stream().map(XWPFHeader::getText).forEach(out::add);
        doc.getFooterList().stream().map(XWPFFooter::getText).forEach(out::add);
        return out;
    }

    /** The lines as compared with the PDF's text: letters only ({@link PdfText#letters}). */
    private static String letters(List<String> lines) {
        return PdfText.letters(String.join("", lines));
    }

    private static List<String> letters(String... texts) {
        return List.of(texts).stream().map(PdfText::letters).toList();
    }

    // ------------------------------------------------------------ without LibreOffice too

    @Test
    void withoutAnEmblemTheConsoleAndTheValidationPageSaySoInThai() throws Exception {
        assertThat(console).contains("ยังไม่มีภาพตราครุฑ").contains("garuda.png").contains("natorn-2568.yml")
                .contains("memo.emblem-image");
        var page = Jsoup.parse(output.resolve("validation.html").toFile(), "UTF-8");
        assertThat(page.select(".emblem-notice").text()).contains("ยังไม่มีภาพตราครุฑ").contains("๑.๕ ซม.");
        try (XWPFDocument memo = docx(output.resolve("memo.docx"))) {
            assertThat(memo.getAllPictures()).isEmpty();
        }
    }

    @Test
    void withTheOfficesEmblemTheMemoHoldsItOneAndAHalfCentimetresHighAndNoNoticeIsGiven() throws Exception {
        Path job = EmblemJob.write(work, 180, 200, BufferedImage.TYPE_INT_ARGB);
        Path out = work.resolve("with-emblem");

        String printed = compile(job, out);

        assertThat(printed).doesNotContain("ครุฑ");
        assertThat(Jsoup.parse(out.resolve("validation.html").toFile(), "UTF-8").select(".emblem-notice")).isEmpty();
        try (XWPFDocument memo = docx(out.resolve("memo.docx"))) {
            assertThat(memo.getAllPictures()).hasSize(1);
            var anchor = memo.getParagraphs().get(0).getRuns().get(0).getCTR().getDrawingArray(0).getAnchorArray(0);
            assertThat(anchor.getExtent().getCy()).as("1.5 cm in EMU").isEqualTo(540_000L);
            assertThat(anchor.getExtent().getCx()).as("its own proportions").isEqualTo(486_000L);
        }
        if (pdfTools()) {
            assertThat(PdfText.pages(out.resolve("memo.pdf"))).as("the emblem changes no page")
                    .isEqualTo(PdfText.pages(output.resolve("memo.pdf")));
            assertThat(letters(PdfText.lines(out.resolve("memo.pdf"), 1))).endsWith(PdfText.letters("/ความเห็นรองปลัด..."));
        }
    }

    @Test
    void thePublicationRequestFormIsWrittenBesideTheMemoAndPublishedWithIt() throws Exception {
        Path runFolder;
        try (Stream<Path> runs = Files.list(output.resolve("2568"))) {
            runFolder = runs.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        for (Path folder : List.of(runFolder, output.resolve("2568").resolve("latest"), output)) {
            assertThat(folder.resolve("memo.docx")).isRegularFile();
            assertThat(folder.resolve("publication-request.docx")).isRegularFile();
        }
        try (XWPFDocument form = docx(output.resolve("publication-request.docx"))) {
            assertThat(SeedDocument.squeeze(form.getParagraphs().get(0).getText()))
                    .isEqualTo("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน");
            String text = SeedDocument.squeeze(String.join("\n", paragraphs(form)));
            for (String field : List.of("ชื่อหน่วยงาน:องค์การบริหารส่วนตำบลนาทอนอำเภอทุ่งหว้าจังหวัดสตูล",
                    "วัน/เดือน/ปี:๒๐พฤษภาคม๒๕๖๘",
                    "หัวข้อ:รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปีงบประมาณพ.ศ.๒๕๖๘",
                    "รายละเอียดข้อมูล", "จำนวน๗มาตรการ", "สำนักปลัด,กองคลัง,กองช่าง,กองการศึกษาศาสนาและวัฒนธรรม",
                    "Linkภายนอก:.....", "หมายเหตุ:", "ผู้รับผิดชอบการให้ข้อมูล", "ผู้อนุมัติรับรอง",
                    "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่", "(ว่าที่ร้อยตรีหญิงนิตยาสันหลี่)", "ตำแหน่งนิติกรปฏิบัติการ",
                    "(นายเอกชัยหลงขาว)")) {
                assertThat(text).as(field).contains(field);
            }
        }
    }

    // ------------------------------------------------------------ the PDF copies, as printed

    @Test
    void theMemoProperIsTwoPagesWithTheCatchwordAndThePageNumberInThaiDigits() {
        assumeTrue(pdfTools(), PDF_TOOLS);
        Path memo = output.resolve("memo.pdf");
        assertThat(output.resolve(".pdf-work")).as("the converters' work folder is gone").doesNotExist();
        int cover = coverPage(memo);
        assertThat(cover - 1).as("pages of the memo proper").isEqualTo(2);

        List<String> page1 = PdfText.blockLines(memo, 1);
        assertThat(PdfText.letters(page1.get(0))).isEqualTo(PdfText.letters("บันทึกข้อความ"));
        assertThat(letters(page1)).contains(letters("จึงเรียนมาเพื่อโปรดพิจารณา", "(นิตยา สันหลี่)",
                "ความเห็นหัวหน้าสำนักปลัด", "(นางซาริต้า เต็นหลี่)"));
        assertThat(PdfText.letters(page1.get(page1.size() - 1))).as("the catchword at the foot of page 1")
                .isEqualTo(PdfText.letters("/ความเห็นรองปลัด..."));

        List<String> page2 = PdfText.blockLines(memo, 2);
        assertThat(PdfText.letters(page2.get(0))).as("the page number, in Thai digits").isEqualTo("-๒-");
        assertThat(PdfText.letters(page2.get(1))).isEqualTo(PdfText.letters("ความเห็นรองปลัดองค์การบริหารส่วนตำบลนาทอน"));
        assertThat(page2).map(PdfText::letters).as("the signer's title whole on one line")
                .contains(PdfText.letters("รองปลัดองค์การบริหารส่วนตำบลนาทอน"));
        assertThat(letters(page2)).contains(letters("(นายเอกชัย หลงขาว)", "นายกองค์การบริหารส่วนตำบลนาทอน"))
                .doesNotContain("/ความ");
        assertThat(letters(page2)).doesNotContain("-ข-");

        // The memo's text reads back out of the PDF: the invisible marks do not get in the way of a search.
        String all = SeedDocument.squeeze(PdfText.text(memo));
        for (String expected : new String[] {"สต๓๒๓๐๑", "๒๐พฤษภาคม๒๕๖๘", "ข้อเสนอแนะ", "ประจำปีงบประมาณพ.ศ.๒๕๖๘",
            "องค์การบริหารส่วนตำบลนาทอน", "จึงเรียนมาเพื่อโปรดพิจารณา"}) {
            assertThat(all).contains(expected);
        }
        assertThat(PdfText.text(memo)).doesNotContain("\u200B").doesNotContain("\u2060");
    }

    @Test
    void theAttachedTableIsCompactWithItsHeaderOnEveryPageAndTypedLinesKept() {
        assumeTrue(pdfTools(), PDF_TOOLS);
        Path memo = output.resolve("memo.pdf");
        int cover = coverPage(memo);
        int pages = PdfText.pages(memo);
        assertThat(pages - cover + 1).as("cover and table").isLessThanOrEqualTo(7);

        String heading = PdfText.letters("มาตรการ/โครงการ/กิจกรรม ที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
        List<String> tableText = new ArrayList<>();
        for (int page = cover + 1; page <= pages; page++) {
            String text = letters(PdfText.lines(memo, page));
            assertThat(text).as("page %d repeats the header", page).contains(heading);
            String afterHeader = text.substring(text.indexOf("(outcome/result)") + "(outcome/result)".length());
            assertThat(afterHeader.length()).as("page %d holds rows, not only the header", page).isGreaterThan(100);
            tableText.add(text);
        }
        for (int measure = 1; measure <= 7; measure++) {
            String number = String.valueOf((char) ('\u0E50' + measure)) + ".";
            assertThat(String.join("", tableText)).contains(number);
        }

        List<String> lines = new ArrayList<>();
        for (int page = cover + 1; page <= pages; page++) {
            PdfText.blockLines(memo, page).stream().map(PdfText::letters).forEach(lines::add);
        }
        String item1 = PdfText.letters("(๑) ชื่องาน");
        assertThat(lines).as("(๑) on a line of its own").contains(item1);
        assertThat(lines.get(lines.indexOf(item1) + 1)).as("(๒) starts the next line")
                .startsWith(PdfText.letters("(๒) วิธีการขั้นตอนการ"));
    }

    @Test
    void noThaiWordIsCutAtTheEndOfALineAndNoYearStandsAlone() throws Exception {
        assumeTrue(pdfTools(), PDF_TOOLS);
        for (String name : List.of("memo", "publication-request")) {
            Path pdf = output.resolve(name + ".pdf");
            List<String> source;
            try (XWPFDocument doc = docx(output.resolve(name + ".docx"))) {
                source = paragraphs(doc);
            }
            // The officer's .docx has no invisible marks; LibreOffice was given a copy with the words spelled out.
            assertThat(String.join("", source)).as("%s.docx: no invisible marks", name).doesNotContain("\u200B")
                    .doesNotContain("\u2060");
            BreakCheck.Result result = BreakCheck.ofOfficersCopy(source, List.of("ทุ่งหว้า", "สตูล", "นาทอน"))
                    .check(PdfText.blocks(pdf, 0));
            assertThat(result.insideWords()).as("%s: lines broken inside a word", name).isEmpty();
            assertThat(result.judged()).as("%s: line ends judged", name).isGreaterThan(name.equals("memo") ? 150 : 5);

            for (List<String> block : PdfText.blocks(pdf, 0)) {
                for (String line : block.subList(0, Math.max(0, block.size() - 1))) {
                    assertThat(PdfText.letters(line)).as("%s: a year never starts a line", name)
                            .doesNotEndWith(PdfText.letters("พ.ศ."));
                }
            }
        }
    }

    @Test
    void theFormIsOnePageWithItsFieldsAndThePublishedPagePrintsAsTheSeed() {
        assumeTrue(pdfTools(), PDF_TOOLS);
        Path form = output.resolve("publication-request.pdf");
        assertThat(PdfText.pages(form)).isEqualTo(1);
        String text = PdfText.letters(PdfText.text(form));
        assertThat(text).contains(letters("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน", "ชื่อหน่วยงาน", "วัน/เดือน/ปี",
                "หัวข้อ", "รายละเอียดข้อมูล", "Link ภายนอก", "หมายเหตุ", "ผู้รับผิดชอบการให้ข้อมูล", "ผู้อนุมัติรับรอง",
                "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่"));

        Path report = output.resolve("report.pdf");
        assertThat(report).isRegularFile();
        assertThat(letters(PdfText.lines(report, 1))).as("the cover alone, nothing stray on it").isEqualTo(
                PdfText.letters("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                        + "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘องค์การบริหารส่วนตำบลนาทอนอำเภอทุ่งหว้า จังหวัดสตูล"));
        String page2 = letters(PdfText.lines(report, 2));
        assertThat(page2).as("the table's header with its first row").contains(letters("จากการวิเคราะห์ผลการประเมินคุณธรรม",
                "ขั้นตอน/วิธีการปฏิบัติ", "๑. กระบวนการปฏิบัติงานที่โปร่งใส"));
        int pages = PdfText.pages(report);
        assertThat(pages).isLessThanOrEqualTo(8);
        for (int page = 2; page <= pages; page++) {
            assertThat(letters(PdfText.lines(report, page))).as("report page %d", page)
                    .contains(PdfText.letters("ผู้รับผิดชอบ")).doesNotContain(".xls").doesNotContainPattern("[0-9a-f]{64}");
        }
    }

    /** The page (1-based) of the attached report's cover: its title with the office under it, alone. */
    private static int coverPage(Path pdf) {
        for (int page = 1; page <= PdfText.pages(pdf); page++) {
            List<String> lines = PdfText.lines(pdf, page);
            if (lines.size() <= 6 && letters(lines).endsWith(PdfText.letters("อำเภอทุ่งหว้าจังหวัดสตูล"))) {
                return page;
            }
        }
        throw new AssertionError("no cover page in " + pdf);
    }
}
