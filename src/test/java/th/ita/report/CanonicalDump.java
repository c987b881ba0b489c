package th.ita.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An output file as comparable text, so that a change in what the program writes shows as a diff:
 * an Office package part by part (sorted by name), each part's XML one element per line with its
 * namespace URI, attributes sorted and text kept exactly; HTML as jsoup prints it; anything else as
 * its text. Only what a run cannot reproduce is masked: the package's creation time, the pages'
 * "made on" line, report.json's generatedAt and the folder the project is in.
 */
public final class CanonicalDump {

    private static final Pattern GENERATED_AT = Pattern.compile("(\"generatedAt\" : \")[^\"]*\"");
    /** The pages' footer: "… เมื่อ ๒ ธันวาคม ๒๕๖๙ เวลา ๒๑:๑๘ น." (messages.properties, page.generated). */
    private static final Pattern PAGE_TIME = Pattern.compile("(เมื่อ )[^<]*? เวลา [0-9๐-๙]{1,2}:[0-9๐-๙]{2} น\\.");
    private static final Pattern OFFICE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    private CanonicalDump() {
    }

    public static String of(Path file) throws Exception {
        String name = file.getFileName().toString();
        String dump = name.endsWith(".docx") || name.endsWith(".xlsx") ? office(Files.readAllBytes(file)) : text(file, name);
        // Where the project is checked out is not part of the output.
        return dump.replace(Path.of("").toAbsolutePath().toString(), "(project)");
    }

    private static String text(Path file, String name) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".html")) {
            return PAGE_TIME.matcher(Jsoup.parse(text).outerHtml()).replaceAll("$1(masked)") + "\n";
        }
        return GENERATED_AT.matcher(text).replaceAll("$1(masked)\"");
    }

    private static String office(byte[] bytes) throws Exception {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        StringBuilder out = new StringBuilder();
        for (var part : parts.entrySet()) {
            out.append("== ").append(part.getKey()).append('\n');
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                String xml = xml(part.getValue());
                if (part.getKey().equals("docProps/core.xml")) {
                    xml = OFFICE_TIME.matcher(xml).replaceAll("(masked)");
                }
                out.append(xml);
            } else {
                out.append(part.getValue().length).append(" bytes, sha-256 ")
                        .append(java.util.HexFormat.of().formatHex(sha256(part.getValue()))).append('\n');
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        StringBuilder out = new StringBuilder();
        element(doc.getDocumentElement(), 0, out);
        return out.toString();
    }

    private static void element(Element e, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(name(e));
        List<Attr> attrs = new ArrayList<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                attrs.add(a);
            }
        }
        attrs.sort(Comparator.comparing(CanonicalDump::name));
        for (Attr a : attrs) {
            out.append(' ').append(name(a)).append("=\"").append(a.getValue()).append('"');
        }
        out.append('\n');
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element c) {
                element(c, depth + 1, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                if (!text.isBlank() || hasNoElementChild(e)) {
                    out.append("  ".repeat(depth + 1)).append('"').append(text.replace("\n", "\\n")).append("\"\n");
                }
            }
        }
    }

    private static boolean hasNoElementChild(Element e) {
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return false;
            }
        }
        return true;
    }

    private static String name(Node n) {
        String uri = n.getNamespaceURI();
        String local = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        if (uri == null) {
            return local;
        }
        String alias = ALIASES.get(uri);
        return (alias != null ? alias : "{" + uri + "}") + ":" + local;
    }

    /** Short names for the namespaces the outputs use, whatever prefix a writer chose. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/relationships", "rel"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/content-types", "ct"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", "a"),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"),
            Map.entry("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "x"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "ep"),
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry("http://www.w3.org/2001/XMLSchema-instance", "xsi"),
            Map.entry("http://www.w3.org/XML/1998/namespace", "xml"));

    /** Reads a golden file, or null when there is none. */
    public static String golden(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
