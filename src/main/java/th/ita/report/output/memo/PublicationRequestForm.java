package th.ita.report.output.memo;

import th.ita.report.output.layout.LineBreaks;
import th.ita.report.report.PublicationContent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;


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
        WordPackage doc = new WordPackage();
        DocxKit kit = new DocxKit(doc, form.fontFamily(), new LineBreaks(form.placeNames(), forPdf));
        kit.documentDefaults();
        PublicationContent.Labels labels = form.labels();

        Wml title = kit.paragraph();
        DocxKit.align(title, DocxKit.CENTER);
        DocxKit.spacingAfter(title, DocxKit.cm(0.3));
        kit.run(title, labels.title(), TITLE_PT, true);

        Wml table = kit.table(8, new int[] {MemoPages.WIDTH / 2, MemoPages.WIDTH - MemoPages.WIDTH / 2}, 6);
        DocxKit.cellMargins(table, DocxKit.cm(0.15), CELL_MARGIN, DocxKit.cm(0.15), CELL_MARGIN);
        for (Wml row : table.elements("w:tr")) {
            DocxKit.cantSplit(row);
        }
        field(kit, DocxKit.row(table, 0), labels.organisation(), form.organisation());
        field(kit, DocxKit.row(table, 1), labels.date(), form.date());
        field(kit, DocxKit.row(table, 2), labels.topic(), form.topic());
        Wml details = wholeRow(DocxKit.row(table, 3));
        line(kit, details, labels.details(), true, DocxKit.LEFT);
        Wml summary = line(kit, details, form.details(), false, DocxKit.THAI_DISTRIBUTE);
        DocxKit.firstLineIndent(summary, DocxKit.cm(1.25));
        DocxKit.spacingAfter(summary, DocxKit.cm(0.15));
        field(kit, DocxKit.row(table, 4), labels.link(), form.link());
        field(kit, DocxKit.row(table, 5), labels.note(), form.note());
        List<PublicationContent.Signer> signers = form.signers();
        signature(kit, DocxKit.cell(DocxKit.row(table, 6), 0), labels, signers.get(0));
        signature(kit, DocxKit.cell(DocxKit.row(table, 6), 1), labels, signers.get(1));
        signature(kit, wholeRow(DocxKit.row(table, 7)), labels, signers.get(2));

        Wml end = kit.paragraph();
        DocxKit.exactLines(end, 1);
        Wml section = kit.section(null, false, TOP, MemoPages.RIGHT, BOTTOM, MemoPages.LEFT);
        DocxKit.headerAndFooterDistance(section, DocxKit.cm(1.0), DocxKit.cm(1.0));
        doc.write(out, null);
    }

    /** The row as one cell across both columns. */
    private static Wml wholeRow(Wml row) {
        row.remove(DocxKit.cell(row, 1));
        Wml cell = DocxKit.cell(row, 0);
        cell.child("w:tcPr").add("w:gridSpan").set("w:val", 2);
        DocxKit.cellWidth(cell, MemoPages.WIDTH);
        return cell;
    }

    /** "label : value" across the row, the label bold. */
    private static void field(DocxKit kit, Wml row, String label, String value) {
        Wml p = DocxKit.firstParagraph(wholeRow(row));
        DocxKit.exactLines(p, LINE_PT);
        kit.run(p, label, BODY_PT, true);
        kit.run(p, " : " + value, BODY_PT, false);
    }

    /** A paragraph in the cell (its first, empty one is used first). */
    private static Wml line(DocxKit kit, Wml cell, String text, boolean bold, String alignment) {
        List<Wml> paragraphs = cell.elements("w:p");
        Wml p = paragraphs.size() == 1 && paragraphs.get(0).find("w:r") == null ? paragraphs.get(0) : cell.add("w:p");
        DocxKit.exactLines(p, LINE_PT);
        DocxKit.align(p, alignment);
        kit.run(p, text, BODY_PT, bold);
        return p;
    }

    /** Title, room to sign, "ลงชื่อ ....", the name in parentheses, position and date, centred. */
    private static void signature(DocxKit kit, Wml cell, PublicationContent.Labels labels,
                                  PublicationContent.Signer signer) {
        line(kit, cell, signer.title(), true, DocxKit.CENTER);
        DocxKit.spacingBefore(line(kit, cell, labels.sign() + " " + ".".repeat(40), false, DocxKit.CENTER),
                DocxKit.cm(0.9));
        line(kit, cell, signer.name(), false, DocxKit.CENTER);
        line(kit, cell, labels.position() + " " + signer.position(), false, DocxKit.CENTER);
        DocxKit.spacingAfter(line(kit, cell, labels.signDate() + " " + signer.date(), false, DocxKit.CENTER),
                DocxKit.cm(0.2));
    }
}
