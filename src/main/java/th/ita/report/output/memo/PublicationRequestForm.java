package th.ita.report.output.memo;

import th.ita.report.output.layout.LineBreaks;
import th.ita.report.report.PublicationContent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Writes publication-request.docx, the website publication request form that goes with the memo
 * into the ITA evidence: one A4 page, the title above a bordered table whose rows hold ชื่อหน่วยงาน,
 * วัน/เดือน/ปี, หัวข้อ, รายละเอียดข้อมูล, Link ภายนอก and หมายเหตุ, then the signature blocks of who
 * supplied the information and who approved it side by side, and of who published it under them.
 * Sizes as the memo's: 16 pt text, the title bold, lines set exactly.
 */
public final class PublicationRequestForm {

    static final double TITLE_PT = 18;
    static final double BODY_PT = 16;
    static final double LINE_PT = 20;
    static final int TOP = DocxKit.cm(2.0);
    static final int BOTTOM = DocxKit.cm(2.0);
    static final int CELL_MARGIN = DocxKit.cm(0.25);

    private final boolean forPdf;

    /** @param forPdf the copy LibreOffice turns into the PDF: Thai word boundaries spelled out ({@link LineBreaks}) */
    public PublicationRequestForm(boolean forPdf) {
        this.forPdf = forPdf;
    }

    public void write(PublicationContent form, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxKit kit = new DocxKit(doc, form.fontFamily(), new LineBreaks(form.placeNames(), forPdf));
            kit.documentDefaults();
            PublicationContent.Labels labels = form.labels();

            XWPFParagraph title = kit.paragraph();
            DocxKit.align(title, ParagraphAlignment.CENTER);
            title.setSpacingAfter(DocxKit.cm(0.3));
            kit.run(title, labels.title(), TITLE_PT, true);

            XWPFTable table = doc.createTable(8, 2);
            layout(table);
            field(kit, table.getRow(0), labels.organisation(), form.organisation());
            field(kit, table.getRow(1), labels.date(), form.date());
            field(kit, table.getRow(2), labels.topic(), form.topic());
            XWPFTableCell details = wholeRow(table.getRow(3));
            line(kit, details, labels.details(), true, ParagraphAlignment.LEFT);
            XWPFParagraph summary = line(kit, details, form.details(), false, ParagraphAlignment.THAI_DISTRIBUTE);
            summary.setIndentationFirstLine(DocxKit.cm(1.25));
            summary.setSpacingAfter(DocxKit.cm(0.15));
            field(kit, table.getRow(4), labels.link(), form.link());
            field(kit, table.getRow(5), labels.note(), form.note());
            List<PublicationContent.Signer> signers = form.signers();
            signature(kit, table.getRow(6).getCell(0), labels, signers.get(0));
            signature(kit, table.getRow(6).getCell(1), labels, signers.get(1));
            signature(kit, wholeRow(table.getRow(7)), labels, signers.get(2));

            XWPFParagraph end = kit.paragraph();
            DocxKit.exactLines(end, 1);
            CTSectPr section = kit.section(null, false, TOP, MemoPages.RIGHT, BOTTOM, MemoPages.LEFT);
            section.getPgMar().setHeader(BigInteger.valueOf(DocxKit.cm(1.0)));
            doc.write(out);
        }
    }

    private static void layout(XWPFTable table) {
        DocxKit.fixedGrid(table, new int[] {MemoPages.WIDTH / 2, MemoPages.WIDTH - MemoPages.WIDTH / 2}, 6);
        table.setCellMargins(DocxKit.cm(0.15), CELL_MARGIN, DocxKit.cm(0.15), CELL_MARGIN);
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
    }

    /** The row as one cell across both columns. */
    private static XWPFTableCell wholeRow(XWPFTableRow row) {
        row.removeCell(1);
        XWPFTableCell cell = row.getCell(0);
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(2));
        DocxKit.cellWidth(cell, MemoPages.WIDTH);
        return cell;
    }

    /** "label : value" across the row, the label bold. */
    private static void field(DocxKit kit, XWPFTableRow row, String label, String value) {
        XWPFParagraph p = firstParagraph(wholeRow(row));
        DocxKit.exactLines(p, LINE_PT);
        kit.run(p, label, BODY_PT, true);
        kit.run(p, " : " + value, BODY_PT, false);
    }

    /** A paragraph in the cell (its first, empty one is used first). */
    private static XWPFParagraph line(DocxKit kit, XWPFTableCell cell, String text, boolean bold,
                                      ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        DocxKit.exactLines(p, LINE_PT);
        DocxKit.align(p, alignment);
        kit.run(p, text, BODY_PT, bold);
        return p;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** Title, room to sign, "ลงชื่อ ....", the name in parentheses, position and date, centred. */
    private static void signature(DocxKit kit, XWPFTableCell cell, PublicationContent.Labels labels,
                                  PublicationContent.Signer signer) {
        line(kit, cell, signer.title(), true, ParagraphAlignment.CENTER);
        line(kit, cell, labels.sign() + " " + ".".repeat(40), false, ParagraphAlignment.CENTER)
                .setSpacingBefore(DocxKit.cm(0.9));
        line(kit, cell, signer.name(), false, ParagraphAlignment.CENTER);
        line(kit, cell, labels.position() + " " + signer.position(), false, ParagraphAlignment.CENTER);
        line(kit, cell, labels.signDate() + " " + signer.date(), false, ParagraphAlignment.CENTER)
                .setSpacingAfter(DocxKit.cm(0.2));
    }
}
