package th.ita.report.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The body rows of the report table, written straight into word/document.xml as the .docx is
 * saved. POI's document model costs about a kilobyte per run; a province's merged table can
 * hold tens of thousands of items, so building them as objects would need a heap in the
 * gigabytes. The rest of the document (memo, cover, table properties and header row) is built
 * with POI as usual, with one marker row where these rows go; the rows written here have the
 * same shape POI would give them (checked by reading the document back with POI in the tests).
 */
final class TableRowsXml {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT = "word/document.xml";

    private final String marker = "ITA-TABLE-ROWS-" + java.util.UUID.randomUUID();
    private final List<ReportContent.Row> rows;
    private final int[] widths;
    private final String font;
    private final long halfPoints;

    TableRowsXml(List<ReportContent.Row> rows, int[] widths, String font, double pt) {
        this.rows = rows;
        this.widths = widths.clone();
        this.font = font;
        this.halfPoints = Math.round(pt * 2);
    }

    /** The text of the marker row's first cell. */
    String marker() {
        return marker;
    }

    /** Copies the saved package to out, replacing the marker row of document.xml with the rows. */
    void writePackage(byte[] saved, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(saved))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT)) {
                    // Buffered: the XML writer's many small writes would each start the deflater.
                    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(zip, 1 << 16);
                    document(in, buffered);
                    buffered.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private void document(InputStream in, OutputStream out) throws IOException {
        // Without the body rows the document part is small (the memo, the cover, one header row).
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int at = xml.indexOf(marker);
        int start = xml.lastIndexOf("<w:tr>", at);
        int end = xml.indexOf("</w:tr>", at);
        if (at < 0 || start < 0 || end < 0) {
            throw new IllegalStateException("the table's marker row is missing from " + DOCUMENT);
        }
        out.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            // The rows sit inside the document's own w: namespace declaration.
            w.setPrefix("w", W);
            for (ReportContent.Row row : rows) {
                row(w, row);
            }
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.write(xml.substring(end + "</w:tr>".length()).getBytes(StandardCharsets.UTF_8));
    }

    private void row(XMLStreamWriter w, ReportContent.Row row) throws XMLStreamException {
        w.writeStartElement(W, "tr");
        cell(w, 0, List.of(nz(row.measure())), ParagraphAlignment.LEFT);
        cell(w, 1, row.steps(), ParagraphAlignment.LEFT);
        cell(w, 2, List.of(nz(row.period())), ParagraphAlignment.CENTER);
        cell(w, 3, List.of(nz(row.responsible())), ParagraphAlignment.CENTER);
        cell(w, 4, row.outputs(), ParagraphAlignment.LEFT);
        cell(w, 5, row.outcomes(), ParagraphAlignment.LEFT);
        w.writeEndElement();
    }

    /** One paragraph per line, as MemoDocument's header cells. */
    private void cell(XMLStreamWriter w, int column, List<String> lines, ParagraphAlignment alignment)
            throws XMLStreamException {
        w.writeStartElement(W, "tc");
        w.writeStartElement(W, "tcPr");
        w.writeEmptyElement(W, "tcW");
        w.writeAttribute(W, "type", "dxa");
        w.writeAttribute(W, "w", String.valueOf(widths[column]));
        w.writeEndElement();
        for (String line : lines == null || lines.isEmpty() ? List.of("") : lines) {
            paragraph(w, line, alignment);
        }
        w.writeEndElement();
    }

    private void paragraph(XMLStreamWriter w, String text, ParagraphAlignment alignment) throws XMLStreamException {
        w.writeStartElement(W, "p");
        w.writeStartElement(W, "pPr");
        w.writeEmptyElement(W, "jc");
        w.writeAttribute(W, "val", alignment == ParagraphAlignment.CENTER ? "center" : "left");
        w.writeEndElement();
        w.writeStartElement(W, "r");
        w.writeStartElement(W, "rPr");
        w.writeEmptyElement(W, "rFonts");
        for (String slot : new String[] {"ascii", "hAnsi", "cs", "eastAsia"}) {
            w.writeAttribute(W, slot, font);
        }
        w.writeEmptyElement(W, "sz");
        w.writeAttribute(W, "val", String.valueOf(halfPoints));
        w.writeEmptyElement(W, "szCs");
        w.writeAttribute(W, "val", String.valueOf(halfPoints));
        w.writeEmptyElement(W, "lang");
        w.writeAttribute(W, "val", DocxKit.LATIN);
        w.writeAttribute(W, "bidi", DocxKit.THAI);
        w.writeEndElement();
        if (text != null && !text.isEmpty()) {
            w.writeStartElement(W, "t");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            w.writeCharacters(text);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
