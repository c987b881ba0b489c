package th.ita.report.output.memo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx package written straight to its zip: the document, its styles and settings, the
 * headers and footers and a picture, with their relationships and content types, part for part
 * what POI's XWPF wrote for the same calls (SeedSplitOutputsTest holds them to it). The memo is
 * written for every office of a province; building it with POI's object model cost a fifth of
 * such a run.
 */
final class WordPackage {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String DOCUMENT_NAMESPACES = " xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";
    private static final String PART_NAMESPACES = " xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"";

    /** The document body's rows streamed in as it is written (the report table's body rows). */
    interface Body {
        void write(String documentXml, OutputStream out) throws IOException;
    }

    private record Part(String name, String contentType, Wml root) {
    }

    private record Relationship(String id, String type, String target) {
    }

    private final Wml document = new Wml("w:document");
    private final Wml body = document.add("w:body");
    private final Wml settings = new Wml("w:settings");
    private Wml styles;
    private final List<Part> parts = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private int headers;
    private int footers;
    private int pictures;
    private final Map<String, byte[]> media = new TreeMap<>();

    WordPackage() {
        relate("settings", "settings.xml");
    }

    Wml body() {
        return body;
    }

    /** The styles part (made on first use). */
    Wml styles() {
        if (styles == null) {
            styles = new Wml("w:styles");
            relate("styles", "styles.xml");
        }
        return styles;
    }

    /**
     * A new header part holding one empty paragraph, referenced from the section with the given
     * type (w:type "default" or "first"); returns the part's root.
     */
    Wml header(Wml section, String type) {
        return headerOrFooter(section, type, true);
    }

    /** A new footer part, as {@link #header}. */
    Wml footer(Wml section, String type) {
        return headerOrFooter(section, type, false);
    }

    private Wml headerOrFooter(Wml section, String type, boolean header) {
        String name = header ? "header" + ++headers + ".xml" : "footer" + ++footers + ".xml";
        Wml root = new Wml(header ? "w:hdr" : "w:ftr");
        root.add("w:p");
        parts.add(new Part("word/" + name, WML_TYPES + (header ? "header" : "footer") + "+xml", root));
        String id = relate(header ? "header" : "footer", name);
        section.add(header ? "w:headerReference" : "w:footerReference").set("w:type", type).set("r:id", id);
        return root;
    }

    /** A picture part: the document's relationship to it, and the drawing id its picture takes (0, 1, ...). */
    record Picture(String relationship, int id) {
    }

    Picture picture(byte[] bytes, boolean png) {
        String name = "media/image" + ++pictures + (png ? ".png" : ".jpeg");
        media.put("word/" + name, bytes);
        return new Picture(relate("image", name), pictures - 1);
    }

    private String relate(String type, String target) {
        String id = "rId" + (relationships.size() + 1);
        relationships.add(new Relationship(id, REL_TYPES + type, target));
        return id;
    }

    /** Writes the package; the document part goes through {@code rows} (null: as built). */
    void write(OutputStream out, Body rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Map<String, String> overrides = new TreeMap<>();
        overrides.put("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        overrides.put("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        overrides.put("/word/document.xml", WML_TYPES + "document.main+xml");
        overrides.put("/word/settings.xml", WML_TYPES + "settings+xml");
        if (styles != null) {
            overrides.put("/word/styles.xml", WML_TYPES + "styles+xml");
        }
        for (Part part : parts) {
            overrides.put("/" + part.name(), part.contentType());
        }
        // Defaults and overrides in alphabetical order, as POI wrote them.
        StringBuilder types = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        if (media.keySet().stream().anyMatch(m -> m.endsWith(".jpeg"))) {
            types.append("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
        }
        if (media.keySet().stream().anyMatch(m -> m.endsWith(".png"))) {
            types.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        }
        types.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        overrides.forEach((name, type) -> types.append("<Override PartName=\"").append(name)
                .append("\" ContentType=\"").append(type).append("\"/>"));
        entry(zip, "[Content_Types].xml", types.append("</Types>"));

        entry(zip, "_rels/.rels", relationships(List.of(
                new Relationship("rId1", REL_TYPES + "officeDocument", "word/document.xml"),
                new Relationship("rId2", REL_TYPES + "extended-properties", "docProps/app.xml"),
                new Relationship("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml"))));
        entry(zip, "docProps/app.xml", new StringBuilder(XML_DECLARATION).append(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Apache POI</Application></Properties>"));
        entry(zip, "docProps/core.xml", new StringBuilder(XML_DECLARATION).append(
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>"));
        // In the order of their ids as text, as POI wrote them ("rId10" before "rId2").
        entry(zip, "word/_rels/document.xml.rels", relationships(relationships.stream()
                .sorted(java.util.Comparator.comparing(Relationship::id)).toList()));

        StringBuilder xml = new StringBuilder(XML_DECLARATION);
        document.write(xml, DOCUMENT_NAMESPACES);
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        // Buffered: the rows' many small writes would each start the deflater.
        BufferedOutputStream buffered = new BufferedOutputStream(zip, 1 << 16);
        if (rows == null) {
            buffered.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            rows.write(xml.toString(), buffered);
        }
        buffered.flush();
        zip.closeEntry();

        for (Part part : parts) {
            StringBuilder partXml = new StringBuilder(XML_DECLARATION);
            part.root().write(partXml, PART_NAMESPACES);
            entry(zip, part.name(), partXml);
        }
        StringBuilder settingsXml = new StringBuilder(XML_DECLARATION);
        settings.write(settingsXml, PART_NAMESPACES);
        entry(zip, "word/settings.xml", settingsXml);
        if (styles != null) {
            StringBuilder stylesXml = new StringBuilder(XML_DECLARATION);
            styles.write(stylesXml, PART_NAMESPACES);
            entry(zip, "word/styles.xml", stylesXml);
        }
        for (var picture : media.entrySet()) {
            zip.putNextEntry(new ZipEntry(picture.getKey()));
            zip.write(picture.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    private static StringBuilder relationships(List<Relationship> relationships) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Relationship rel : relationships) {
            xml.append("<Relationship Id=\"").append(rel.id()).append("\" Type=\"").append(rel.type())
                    .append("\" Target=\"").append(rel.target()).append("\"/>");
        }
        return xml.append("</Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
