package th.ita.report.rendering;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import th.ita.report.text.Numerals;

/**
 * Writes one .docx: the memo (บันทึกข้อความ) asking the chief executive to approve publishing the
 * report, its approval chain, then the attached report (cover page and a landscape section with
 * the six-column table).
 *
 * <p>Layout, following the government correspondence rules and the seed memo:
 * <ul>
 * <li>Memo section: A4 portrait, margins top 2 cm, left 3 cm, right 2 cm, bottom 2 cm; heading
 * 29 pt bold on the emblem's line; labels 20 pt bold, values and body 16 pt; dot leaders to the
 * right margin after each labelled value; body paragraphs first-line indented 2.5 cm and
 * Thai-distributed; the signature block centred in the right half.</li>
 * <li>Approval chain: the first box follows the signature on page 1; the rest start on a new
 * page, after a right-aligned continuation cue ({@code /ความเห็นรองปลัด...}) that closes page 1;
 * later pages carry {@code - ๒ -} at the top (a PAGE field in the default header, Thai digits
 * through {@code \* ThaiArabic}; the first page has its own, empty header). Every box is kept
 * together on one page.</li>
 * <li>Report: a cover page in its own portrait section (no page number), then an A4 landscape
 * section, margins 2 cm, with the table (header row repeated on every page, rows may break
 * across pages, 16 pt text, fixed column widths).</li>
 * </ul>
 * All wording comes from {@link MemoContent} and {@link ReportContent}; this class only lays it out.
 */
public final class MemoDocument {

    static final double HEADING_PT = 29;
    static final double LABEL_PT = 20;
    static final double BODY_PT = 16;
    static final double COVER_TITLE_PT = 24;
    static final int COVER_DROP = DocxKit.cm(9.0);
    static final double COVER_ORG_PT = 20;
    static final double TABLE_TITLE_PT = 18;
    static final double TABLE_PT = 16;

    static final String TICK_BOX = "\u2610";
    static final String SYMBOL_FONT = "Segoe UI Symbol";
    /** The tick box in a Latin symbol font looks right beside 16 pt Sarabun at about 12 pt. */
    static final double TICK_BOX_PT = 12;

    static final int MEMO_TOP = DocxKit.cm(2.0);
    static final int MEMO_BOTTOM = DocxKit.cm(2.0);
    static final int MEMO_LEFT = DocxKit.cm(3.0);
    static final int MEMO_RIGHT = DocxKit.cm(2.0);
    static final int TABLE_MARGIN = DocxKit.cm(2.0);

    /** Memo text width: A4 width minus left and right margins. */
    static final int MEMO_WIDTH = DocxKit.A4_SHORT - MEMO_LEFT - MEMO_RIGHT;
    static final int FIRST_LINE_INDENT = DocxKit.cm(2.5);
    static final long EMBLEM_HEIGHT_EMU = 540_000L; // 1.5 cm

    /**
     * Column widths of the landscape table in cm: measure, steps, period, responsible, outputs,
     * outcomes (the last takes what is left of the 25.7 cm text width).
     */
    static final double[] COLUMN_CM = {4.2, 6.6, 3.0, 2.7, 5.2, 4.0};

    private static final String DOTS = ".".repeat(40);
    private static final String SHORT_DOTS = ".".repeat(28);

    private final boolean thaiDigits;

    public MemoDocument(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }

    public void write(MemoContent memo, ReportContent report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit kit = new DocxKit(doc, memo.fontFamily());
            kit.documentDefaults();
            XWPFParagraph lastOfMemo = writeMemo(doc, kit, memo);
            CTSectPr memoSection = kit.section(lastOfMemo, false, MEMO_TOP, MEMO_RIGHT, MEMO_BOTTOM, MEMO_LEFT);
            memoSection.addNewTitlePg();
            pageNumberHeader(kit, memoSection);

            XWPFParagraph lastOfCover = writeCover(kit, report);
            CTSectPr coverSection = kit.section(lastOfCover, false, MEMO_TOP, MEMO_RIGHT, MEMO_BOTTOM, MEMO_LEFT);
            kit.header(coverSection, STHdrFtr.DEFAULT);

            TableRowsXml rows = writeTable(doc, kit, report);
            endAfterTable(kit);
            CTSectPr tableSection = kit.section(null, true, TABLE_MARGIN, TABLE_MARGIN, TABLE_MARGIN, TABLE_MARGIN);
            kit.header(tableSection, STHdrFtr.DEFAULT);
            // Saved without the body rows (small), then copied to out with the rows streamed in.
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            doc.write(saved);
            rows.writePackage(saved.toByteArray(), out);
        }
    }

    // ---------------------------------------------------------------- memo

    private XWPFParagraph writeMemo(XWPFDocument doc, DocxKit kit, MemoContent memo) {
        headingLine(kit, memo.emblemImage());

        XWPFParagraph office = kit.paragraph();
        office.setSpacingBefore(DocxKit.cm(0.2));
        labelled(kit, office, "ส่วนราชการ", memo.office());
        DocxKit.tabStop(office, STTabJc.RIGHT, MEMO_WIDTH, true);
        kit.tab(office, BODY_PT);

        XWPFParagraph refDate = kit.paragraph();
        labelled(kit, refDate, "ที่", memo.reference());
        DocxKit.tabStop(refDate, STTabJc.LEFT, MEMO_WIDTH / 2, true);
        DocxKit.tabStop(refDate, STTabJc.RIGHT, MEMO_WIDTH, true);
        kit.tab(refDate, BODY_PT);
        labelled(kit, refDate, "วันที่", memo.date());
        kit.tab(refDate, BODY_PT);

        XWPFParagraph subject = kit.paragraph();
        labelled(kit, subject, "เรื่อง", memo.subject());
        DocxKit.tabStop(subject, STTabJc.RIGHT, MEMO_WIDTH, true);
        kit.tab(subject, BODY_PT);

        XWPFParagraph to = kit.paragraph();
        to.setSpacingBefore(120);
        kit.run(to, "เรียน", BODY_PT, false);
        kit.run(to, "  " + memo.addressee(), BODY_PT, false);

        for (MemoContent.Section section : memo.sections()) {
            XWPFParagraph heading = kit.paragraph();
            heading.setSpacingBefore(120);
            heading.setIndentationFirstLine(FIRST_LINE_INDENT);
            heading.setKeepNext(true);
            kit.run(heading, section.heading(), BODY_PT, true);
            for (String text : section.paragraphs()) {
                XWPFParagraph p = kit.paragraph();
                p.setIndentationFirstLine(FIRST_LINE_INDENT);
                DocxKit.align(p, ParagraphAlignment.THAI_DISTRIBUTE);
                kit.run(p, text, BODY_PT, false);
            }
        }

        XWPFParagraph closing = kit.paragraph();
        closing.setSpacingBefore(120);
        closing.setIndentationFirstLine(FIRST_LINE_INDENT);
        closing.setKeepNext(true);
        kit.run(closing, memo.closing(), BODY_PT, false);

        MemoContent.SignatureBlock sig = memo.signatory();
        String rank = sig.rankLine() == null ? "" : sig.rankLine().strip();
        XWPFParagraph signLine = rightHalf(kit, (rank.isEmpty() ? DOTS : rank + SHORT_DOTS), 480);
        signLine.setKeepNext(true);
        rightHalf(kit, sig.nameLine(), 0).setKeepNext(true);
        XWPFParagraph last = rightHalf(kit, sig.position(), 0);

        List<MemoContent.ApprovalBox> boxes = memo.approvals();
        for (int i = 0; i < boxes.size(); i++) {
            XWPFParagraph title = approvalBox(kit, boxes.get(i));
            if (i == 1) {
                title.setPageBreak(true); // the chain continues on page 2
            }
            if (i == 0 && boxes.size() > 1) {
                continuationCue(kit, cueFor(boxes.get(1).title()));
            }
            last = lastParagraph(doc);
        }
        return last;
    }

    private static XWPFParagraph lastParagraph(XWPFDocument doc) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        return ps.get(ps.size() - 1);
    }

    /** Emblem (if any) at the left margin, heading centred on the same line. */
    private void headingLine(DocxKit kit, String emblemImage) {
        XWPFParagraph p = kit.paragraph();
        boolean placed = emblemImage != null && emblem(p, Path.of(emblemImage));
        if (placed) {
            DocxKit.tabStop(p, STTabJc.CENTER, MEMO_WIDTH / 2, false);
            kit.tab(p, HEADING_PT);
        } else {
            DocxKit.align(p, ParagraphAlignment.CENTER);
        }
        kit.run(p, "บันทึกข้อความ", HEADING_PT, true);
    }

    /** Adds the emblem picture 1.5 cm high; false (and nothing added) when the file is unreadable. */
    private static boolean emblem(XWPFParagraph p, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(file);
            int type = pictureType(bytes);
            if (type < 0) {
                return false;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getHeight() == 0) {
                return false;
            }
            long height = EMBLEM_HEIGHT_EMU;
            long width = Math.round((double) height * image.getWidth() / image.getHeight());
            XWPFRun run = p.createRun();
            run.addPicture(new ByteArrayInputStream(bytes), type, file.getFileName().toString(),
                    Math.toIntExact(width), Math.toIntExact(height));
            return true;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // the caller warns about an unreadable emblem; the memo is written without it
            return false;
        }
    }

    private static int pictureType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Document.PICTURE_TYPE_PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Document.PICTURE_TYPE_JPEG;
        }
        return -1;
    }

    /** Bold 20 pt label, then the 16 pt value. */
    private static void labelled(DocxKit kit, XWPFParagraph p, String label, String value) {
        kit.run(p, label, LABEL_PT, true);
        kit.run(p, "  " + (value == null ? "" : value), BODY_PT, false);
    }

    /** A 16 pt line centred in the right half of the memo's text area. */
    private static XWPFParagraph rightHalf(DocxKit kit, String text, int spacingBefore) {
        XWPFParagraph p = kit.paragraph();
        p.setIndentationLeft(MEMO_WIDTH / 2 - DocxKit.cm(1.0));
        DocxKit.align(p, ParagraphAlignment.CENTER);
        if (spacingBefore > 0) {
            p.setSpacingBefore(spacingBefore);
        }
        kit.run(p, text, BODY_PT, false);
        return p;
    }

    /** One approval level: bold title, tick-box options, a dotted line to sign on, name, position. */
    private static XWPFParagraph approvalBox(DocxKit kit, MemoContent.ApprovalBox box) {
        XWPFParagraph title = kit.paragraph();
        title.setSpacingBefore(240);
        title.setKeepNext(true);
        kit.run(title, box.title(), BODY_PT, true);
        for (String option : box.options()) {
            XWPFParagraph p = kit.paragraph();
            p.setIndentationLeft(DocxKit.cm(1.0));
            p.setKeepNext(true);
            kit.symbolRun(p, TICK_BOX, TICK_BOX_PT, SYMBOL_FONT);
            kit.run(p, " " + option, BODY_PT, false);
        }
        rightHalf(kit, DOTS, 480).setKeepNext(true);
        rightHalf(kit, box.nameLine(), 0).setKeepNext(true);
        rightHalf(kit, box.position(), 0);
        return title;
    }

    /**
     * The cue at the foot of a page that continues: the next page's first words and "...",
     * e.g. "/ความเห็นรองปลัด...", right-aligned just before the page break, so it always ends
     * the page that the next page continues (a frame anchored to the page foot was tried:
     * LibreOffice moves it to the page of the following paragraph).
     */
    private static void continuationCue(DocxKit kit, String cue) {
        XWPFParagraph p = kit.paragraph();
        DocxKit.align(p, ParagraphAlignment.RIGHT);
        p.setSpacingBefore(240);
        kit.run(p, cue, BODY_PT, false);
    }

    /**
     * "/" + the next box title's first words + "...". Thai has no spaces between words, so the
     * words come from the JDK's Thai dictionary break iterator; enough are taken to name the
     * level ("ความเห็นรองปลัด").
     */
    static String cueFor(String nextTitle) {
        String title = nextTitle.strip();
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(title);
        int end = title.length();
        for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
            if (b >= 14 || (b < title.length() && Character.isWhitespace(title.charAt(b)))) {
                end = b;
                break;
            }
        }
        return "/" + title.substring(0, end).strip() + "...";
    }

    /** Page numbers "- ๒ -" centred at the top of every page but the first. */
    private void pageNumberHeader(DocxKit kit, CTSectPr memoSection) {
        kit.header(memoSection, STHdrFtr.FIRST);
        XWPFHeader header = kit.header(memoSection, STHdrFtr.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        DocxKit.align(p, ParagraphAlignment.CENTER);
        kit.run(p, "- ", BODY_PT, false);
        kit.run(p, null, BODY_PT, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        String instr = thaiDigits ? " PAGE \\* ThaiArabic " : " PAGE ";
        XWPFRun code = kit.run(p, null, BODY_PT, false);
        code.getCTR().addNewInstrText().setStringValue(instr);
        kit.run(p, null, BODY_PT, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        kit.run(p, Numerals.of(thaiDigits).apply("2"), BODY_PT, false);
        kit.run(p, null, BODY_PT, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        kit.run(p, " -", BODY_PT, false);
    }

    // ---------------------------------------------------------------- report

    /**
     * Cover page: title lines bold and large, the organisation under them, lowered by spacing to
     * about the middle of the page (LibreOffice ignores a section's vAlign, Word honours both, so
     * spacing is the one that looks the same in both).
     */
    private static XWPFParagraph writeCover(DocxKit kit, ReportContent report) {
        XWPFParagraph last = null;
        for (String line : report.coverTitle()) {
            last = coverLine(kit, line, COVER_TITLE_PT, last == null ? COVER_DROP : 0);
        }
        boolean firstOrg = true;
        for (String line : report.coverOrganisation()) {
            last = coverLine(kit, line, COVER_ORG_PT, last == null ? COVER_DROP : firstOrg ? 720 : 0);
            firstOrg = false;
        }
        return last == null ? kit.paragraph() : last;
    }

    private static XWPFParagraph coverLine(DocxKit kit, String text, double pt, int spacingBefore) {
        XWPFParagraph p = kit.paragraph();
        DocxKit.align(p, ParagraphAlignment.CENTER);
        if (spacingBefore > 0) {
            p.setSpacingBefore(spacingBefore);
        }
        kit.run(p, text, pt, true);
        return p;
    }

    /** The table's properties and header row; returns the writer of its body rows. */
    private static TableRowsXml writeTable(XWPFDocument doc, DocxKit kit, ReportContent report) {
        for (String line : report.tableTitle()) {
            XWPFParagraph p = kit.paragraph();
            DocxKit.align(p, ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            kit.run(p, line, TABLE_TITLE_PT, true);
        }
        if (report.intro() != null && !report.intro().isBlank()) {
            XWPFParagraph intro = kit.paragraph();
            intro.setSpacingBefore(120);
            intro.setSpacingAfter(120);
            intro.setIndentationFirstLine(FIRST_LINE_INDENT);
            DocxKit.align(intro, ParagraphAlignment.THAI_DISTRIBUTE);
            kit.run(intro, report.intro(), BODY_PT, false);
        }

        int columns = COLUMN_CM.length;
        // The header row, and one marker row where TableRowsXml streams the body rows in.
        XWPFTable table = doc.createTable(2, columns);
        int total = DocxKit.A4_LONG - 2 * TABLE_MARGIN;
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns - 1; c++) {
            widths[c] = DocxKit.cm(COLUMN_CM[c]);
            used += widths[c];
        }
        widths[columns - 1] = total - used; // the last column takes the rounding
        layout(table, widths, total);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            String heading = c < report.headings().size() ? report.headings().get(c) : "";
            XWPFTableCell cell = header.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            cellLines(kit, cell, List.of(heading), true, ParagraphAlignment.CENTER);
        }
        TableRowsXml rows = new TableRowsXml(report.rows(), widths, kit.font(), TABLE_PT);
        cellLines(kit, table.getRow(1).getCell(0), List.of(rows.marker()), false, ParagraphAlignment.LEFT);
        for (XWPFTableRow tr : table.getRows()) {
            for (int c = 0; c < columns; c++) {
                CTTcPr tcPr = tr.getCell(c).getCTTc().isSetTcPr()
                        ? tr.getCell(c).getCTTc().getTcPr() : tr.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return rows;
    }

    /** Word wants a paragraph after a table at the end of the body: a 1 pt one takes no room. */
    private static void endAfterTable(DocxKit kit) {
        XWPFParagraph p = kit.paragraph();
        p.setSpacingBetween(1.0, LineSpacingRule.EXACT);
        kit.run(p, null, 1, false);
    }

    private static void layout(XWPFTable table, int[] widths, int total) {
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(0, DocxKit.cm(0.15), 0, DocxKit.cm(0.15));
    }

    /** One paragraph per line in the cell (the cell's first, empty paragraph is reused). */
    private static void cellLines(DocxKit kit, XWPFTableCell cell, List<String> lines, boolean bold,
                                  ParagraphAlignment alignment) {
        List<String> items = lines == null || lines.isEmpty() ? List.of("") : lines;
        for (int i = 0; i < items.size(); i++) {
            XWPFParagraph p = i == 0 && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
            DocxKit.align(p, alignment);
            kit.run(p, items.get(i), TABLE_PT, bold);
        }
    }
}
