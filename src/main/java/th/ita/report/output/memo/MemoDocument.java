package th.ita.report.output.memo;

import java.io.IOException;
import java.io.OutputStream;

import th.ita.report.output.layout.LineBreaks;
import th.ita.report.report.ReportContent;
import th.ita.report.report.MemoContent;
import th.ita.report.text.Numerals;

/**
 * Writes memo.docx: the memo (บันทึกข้อความ) asking the chief executive to approve publishing the
 * report, with its approval chain ({@link MemoPages}), then the attached report: cover page and a
 * landscape section with the six-column table ({@link AttachedReport}).
 *
 * <p>All wording comes from {@link MemoContent} and {@link ReportContent}; these classes only lay
 * it out, as {@link Wml} elements of a {@link WordPackage} written straight to the zip. The
 * table's body rows are streamed into the saved file ({@link TableRowsXml}), so a province's table
 * never sits in memory.
 */
public final class MemoDocument {

    private final Numerals numerals;
    private final boolean forPdf;

    /** @param forPdf the copy LibreOffice turns into memo.pdf: Thai word boundaries spelled out ({@link LineBreaks}) */
    public MemoDocument(boolean thaiDigits, boolean forPdf) {
        this.numerals = Numerals.of(thaiDigits);
        this.forPdf = forPdf;
    }

    public void write(MemoContent memo, ReportContent report, OutputStream out) throws IOException {
        write(memo, report, true, out);
    }

    /**
     * The attached report alone (its cover and table, as in the memo): what LibreOffice prints as
     * report.pdf, the printable copy of the published page.
     */
    public void writeReportOnly(MemoContent memo, ReportContent report, OutputStream out) throws IOException {
        write(memo, report, false, out);
    }

    private void write(MemoContent memo, ReportContent report, boolean withMemo, OutputStream out) throws IOException {
        WordPackage doc = new WordPackage();
        DocxKit kit = new DocxKit(doc, memo.fontFamily(), new LineBreaks(memo.placeNames(), forPdf));
        kit.documentDefaults();
        if (withMemo) {
            new MemoPages(kit, numerals).write(memo);
        }
        TableRowsXml rows = new AttachedReport(kit).write(report);
        // The body without the table's body rows is small: they are streamed in as it is written.
        doc.write(out, rows::document);
    }
}
