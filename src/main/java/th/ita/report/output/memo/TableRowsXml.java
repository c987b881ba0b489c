package th.ita.report.output.memo;

import th.ita.report.report.ReportContent;
import th.ita.report.output.layout.TextWidth;
import th.ita.report.output.layout.LineBreaks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;


/**
 * The body rows of the report table, written straight into word/document.xml as the .docx is
 * saved. A province's merged table can hold tens of thousands of items; built as elements they
 * would need a heap of their own. The rest of the document (memo, cover, table properties and
 * header row) is built as {@link Wml} elements, with one marker row where these rows go; the rows
 * written here have the shape POI gives them (checked by reading the document back with POI in
 * the tests).
 */
final class TableRowsXml {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final String marker = "ITA-TABLE-ROWS-" + java.util.UUID.randomUUID();
    private final List<ReportContent.Row> rows;
    private final int[] widths;
    private final int cellMargin;
    private final String font;
    private final LineBreaks breaks;
    private final double pt;
    private final double linePt;
    private final double rowRoomPt;
    private final double firstRowRoomPt;

    /**
     * @param widths         column widths in twips
     * @param cellMargin     left and right cell margin in twips
     * @param breaks         how the cells' Thai text is to break into lines
     * @param pt             text size
     * @param linePt         exact line pitch
     * @param rowRoomPt      height a page gives a row under the repeated header: a row estimated
     *                       no taller is kept on one page (cantSplit)
     * @param firstRowRoomPt what the first page leaves the first row under the title and intro: a
     *                       taller first row may break, so the header never stands alone on a page
     */
    TableRowsXml(List<ReportContent.Row> rows, int[] widths, int cellMargin, String font, LineBreaks breaks, double pt,
                 double linePt, double rowRoomPt, double firstRowRoomPt) {
        this.rows = rows;
        this.widths = widths.clone();
        this.cellMargin = cellMargin;
        this.font = font;
        this.breaks = breaks;
        this.pt = pt;
        this.linePt = linePt;
        this.rowRoomPt = rowRoomPt;
        this.firstRowRoomPt = firstRowRoomPt;
    }

    /** The text of the marker row's first cell. */
    String marker() {
        return marker;
    }

    /** Writes document.xml, the marker row replaced with the body rows. */
    void document(String xml, OutputStream out) throws IOException {
        int at = xml.indexOf(marker);
        int start = xml.lastIndexOf("<w:tr>", at);
        int end = xml.indexOf("</w:tr>", at);
        if (at < 0 || start < 0 || end < 0) {
            throw new IllegalStateException("the table's marker row is missing from word/document.xml");
        }
        out.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            // The rows sit inside the document's own w: namespace declaration.
            w.setPrefix("w", W);
            boolean first = true;
            for (ReportContent.Row row : rows) {
                row(w, row, first ? firstRowRoomPt : rowRoomPt);
                first = false;
            }
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.write(xml.substring(end + "</w:tr>".length()).getBytes(StandardCharsets.UTF_8));
    }

    private void row(XMLStreamWriter w, ReportContent.Row row, double roomPt) throws XMLStreamException {
        List<List<String>> cells = List.of(List.of(nz(row.measure())), row.steps(), List.of(nz(row.period())),
                List.of(nz(row.responsible())), row.outputs(), row.outcomes());
        w.writeStartElement(W, "tr");
        if (heightPt(cells) <= roomPt) {
            w.writeStartElement(W, "trPr");
            w.writeEmptyElement(W, "cantSplit");
            w.writeEndElement();
        }
        for (int c = 0; c < cells.size(); c++) {
            cell(w, c, cells.get(c), c == 2 || c == 3 ? "center" : "left");
        }
        w.writeEndElement();
    }

    /** Estimated height of the row: its tallest cell's lines. */
    double heightPt(List<List<String>> cells) {
        int tallest = 0;
        for (int c = 0; c < cells.size(); c++) {
            double widthEm = (widths[c] - 2 * cellMargin) / 20.0 / pt;
            int lines = 0;
            for (String item : cells.get(c).isEmpty() ? List.of("") : cells.get(c)) {
                lines += TextWidth.lines(item, widthEm);
            }
            tallest = Math.max(tallest, lines);
        }
        return tallest * linePt + 6;
    }

    /** One paragraph per item, one line (w:br) per line the department typed in it. */
    private void cell(XMLStreamWriter w, int column, List<String> items, String alignment)
            throws XMLStreamException {
        w.writeStartElement(W, "tc");
        w.writeStartElement(W, "tcPr");
        w.writeEmptyElement(W, "tcW");
        w.writeAttribute(W, "type", "dxa");
        w.writeAttribute(W, "w", String.valueOf(widths[column]));
        w.writeEndElement();
        for (String item : items == null || items.isEmpty() ? List.of("") : items) {
            paragraph(w, item, alignment);
        }
        w.writeEndElement();
    }

    private void paragraph(XMLStreamWriter w, String text, String alignment) throws XMLStreamException {
        w.writeStartElement(W, "p");
        w.writeStartElement(W, "pPr");
        w.writeEmptyElement(W, "spacing");
        w.writeAttribute(W, "line", String.valueOf(Math.round(linePt * 20)));
        w.writeAttribute(W, "lineRule", "exact");
        w.writeEmptyElement(W, "jc");
        w.writeAttribute(W, "val", alignment);
        w.writeEndElement();
        w.writeStartElement(W, "r");
        w.writeStartElement(W, "rPr");
        w.writeEmptyElement(W, "rFonts");
        for (String slot : new String[] {"ascii", "hAnsi", "cs", "eastAsia"}) {
            w.writeAttribute(W, slot, font);
        }
        String halfPoints = String.valueOf(Math.round(pt * 2));
        w.writeEmptyElement(W, "sz");
        w.writeAttribute(W, "val", halfPoints);
        w.writeEmptyElement(W, "szCs");
        w.writeAttribute(W, "val", halfPoints);
        w.writeEmptyElement(W, "lang");
        w.writeAttribute(W, "val", DocxKit.LATIN);
        w.writeAttribute(W, "bidi", DocxKit.THAI);
        w.writeEndElement();
        String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                w.writeEmptyElement(W, "br");
            }
            if (!lines[i].isEmpty()) {
                w.writeStartElement(W, "t");
                w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                w.writeCharacters(breaks.forRenderers(lines[i]));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
