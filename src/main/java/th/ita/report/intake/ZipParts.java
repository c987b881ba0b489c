package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A plain .xlsx/.xlsm package read straight from the zip: the package's relationships name the
 * workbook part, the workbook's name its sheets, shared strings and styles. POI's OPC layer would
 * first build every part and parse every relationship and the document properties of the
 * package, a third of the time of reading a department's workbook. Entries are inflated through
 * POI's {@link ZipSecureFile}, with its zip-bomb limits. Whatever is not plain (no content types,
 * no workbook relationship, a part named but not there, strict OOXML) is left to the OPC layer.
 */
final class ZipParts implements PackageParts {

    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /** A relationship of the workbook part: its type and the zip entry it names (null: external). */
    private record Relationship(String type, String entry) {
    }

    private final ZipSecureFile zip;
    private final String workbookEntry;
    private final Map<String, Relationship> relationships;

    private ZipParts(ZipSecureFile zip, String workbookEntry, Map<String, Relationship> relationships) {
        this.zip = zip;
        this.workbookEntry = workbookEntry;
        this.relationships = relationships;
    }

    /** The package's parts, or null when it is not plain enough to be read without the OPC layer. */
    static ZipParts open(Path file) {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            ZipParts parts = plain(zip);
            if (parts != null) {
                return parts;
            }
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Not plain: the OPC layer reads it, or says what is wrong with it.
        }
        closeQuietly(zip);
        return null;
    }

    private static ZipParts plain(ZipSecureFile zip) throws IOException, SAXException, ParserConfigurationException {
        int entries = 0;
        for (var e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
            entries++;
        }
        if (entries > ZipSecureFile.getMaxFileCount() || zip.getEntry("[Content_Types].xml") == null) {
            return null;
        }
        List<String[]> packageRels = relationships(zip, "_rels/.rels");
        if (packageRels == null) {
            return null;
        }
        String workbook = null;
        for (String[] rel : packageRels) {
            if (OFFICE_DOCUMENT.equals(rel[1]) && rel[3] == null) {
                workbook = entry("", rel[2]);
                break;
            }
        }
        if (workbook == null || zip.getEntry(workbook) == null) {
            return null;
        }
        int slash = workbook.lastIndexOf('/');
        String folder = workbook.substring(0, slash + 1);
        List<String[]> workbookRels = relationships(zip, folder + "_rels/" + workbook.substring(slash + 1) + ".rels");
        if (workbookRels == null) {
            return null;
        }
        Map<String, Relationship> byId = new LinkedHashMap<>();
        for (String[] rel : workbookRels) {
            String entry = rel[3] == null ? entry(folder, rel[2]) : null;
            // A part named but not there under exactly that name (OPC part names ignore case, zip
            // entries do not): the OPC layer decides.
            if (rel[0] == null || (rel[3] != null && !"External".equals(rel[3]))
                    || (rel[3] == null && (entry == null || zip.getEntry(entry) == null))) {
                return null;
            }
            byId.putIfAbsent(rel[0], new Relationship(rel[1], entry));
        }
        return new ZipParts(zip, workbook, byId);
    }

    /** The relationships of a .rels entry: id, type, target, target mode; null when absent or odd. */
    private static List<String[]> relationships(ZipSecureFile zip, String name)
            throws IOException, SAXException, ParserConfigurationException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        List<String[]> rels = new ArrayList<>();
        boolean[] odd = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (!PACKAGE_RELS.equals(uri)) {
                    odd[0] = true;
                } else if ("Relationship".equals(localName)) {
                    rels.add(new String[] {attributes.getValue("Id"), attributes.getValue("Type"),
                        attributes.getValue("Target"), attributes.getValue("TargetMode")});
                }
            }
        });
        try (InputStream in = zip.getInputStream(entry)) {
            xml.parse(new InputSource(in));
        }
        return odd[0] ? null : rels;
    }

    /**
     * The zip entry a relationship's target names, from the folder of its source part: resolved as
     * a URI ("../", "/xl/..."), percent-escapes decoded. Null when it is not a plain part name.
     */
    static String entry(String sourceFolder, String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        try {
            URI base = new URI(null, null, "/" + sourceFolder, null);
            String path = base.resolve(uri(target.replace('\\', '/'))).getPath();
            if (path == null || !path.startsWith("/") || path.contains("/../") || path.endsWith("/")) {
                return null;
            }
            return path.substring(1);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A target as the URI it is meant to be ("sheet%201.xml"), or one made of it ("sheet 1.xml"). */
    private static URI uri(String target) throws java.net.URISyntaxException {
        try {
            return new URI(target);
        } catch (java.net.URISyntaxException notEscaped) {
            return new URI(null, null, target, null);
        }
    }

    private InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = name == null ? null : zip.getEntry(name);
        return entry == null ? null : zip.getInputStream(entry);
    }

    @Override
    public InputStream workbook() throws IOException {
        return open(workbookEntry);
    }

    @Override
    public String relationshipType(String id) {
        Relationship rel = relationships.get(id);
        return rel == null ? null : rel.type();
    }

    @Override
    public boolean has(String id) {
        Relationship rel = relationships.get(id);
        return rel != null && rel.entry() != null && zip.getEntry(rel.entry()) != null;
    }

    @Override
    public InputStream related(String id) throws IOException {
        Relationship rel = relationships.get(id);
        return rel == null ? null : open(rel.entry());
    }

    @Override
    public InputStream firstRelated(String type) throws IOException {
        for (Relationship rel : relationships.values()) {
            if (type.equals(rel.type())) {
                InputStream in = open(rel.entry());
                if (in != null) {
                    return in;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing to lose
        }
    }
}
