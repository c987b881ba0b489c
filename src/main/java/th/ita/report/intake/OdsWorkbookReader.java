package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OpenDocument spreadsheet, LibreOffice Calc's own format: an .ods (or an .ots template,
 * the same package), a zip of XML parts, or a flat .fods, one XML file. The sheets are streamed
 * with SAX ({@link OdsContent}) into the same {@link WorkbookContentBuilder} as the .xlsx and .xls
 * readers, so every rule about tables, labels, footers and limits is the same.
 * <p>
 * The package is opened as POI opens an .xlsx ({@link ZipSecureFile}), so the zip-bomb limits of
 * {@link IntakeLimits} apply to every part read; the XML parser is POI's hardened one (no DTD, no
 * external entities). A package whose manifest says its parts are encrypted (a password set in
 * LibreOffice) is rejected as encrypted, without trying to read them.
 */
final class OdsWorkbookReader {

    static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    /** How much of a flat file's start is searched for its media type (after the namespaces of the root). */
    private static final int FLAT_HEAD_BYTES = 16 * 1024;

    /** How an OpenDocument file is stored. */
    enum Packaging { ZIP, FLAT }

    private final IntakeLimits limits;

    OdsWorkbookReader(IntakeLimits limits) {
        this.limits = limits;
    }

    /**
     * The file's OpenDocument packaging, judged from its first bytes, or null when it is not an
     * OpenDocument spreadsheet: a package stores its media type uncompressed as its first entry,
     * {@code mimetype}; a flat file names it on its root element.
     */
    static Packaging packaging(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FLAT_HEAD_BYTES);
        }
        if (head.length >= 38 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && (head[26] & 0xff | (head[27] & 0xff) << 8) == 8
                && "mimetype".equals(new String(head, 30, 8, StandardCharsets.US_ASCII))) {
            return Packaging.ZIP;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").stripLeading().startsWith("<") && text.contains(SPREADSHEET) ? Packaging.FLAT : null;
    }

    /**
     * The filled cells a file may be read into, repeats expanded: twenty per table row allowed (a
     * row has six, a few more beside the table), about a second of reading at most.
     */
    static long cellBudget(IntakeLimits limits) {
        return 20L * limits.maxRowsPerSheet();
    }

    WorkbookContent read(Path file, Packaging packaging) throws IOException, SAXException, ParserConfigurationException {
        WorkbookContentBuilder content = new WorkbookContentBuilder(limits.maxRowsPerSheet());
        OdsContent handler = new OdsContent(content, new OdsSheet.Budget(cellBudget(limits)), limits.maxTextChars());
        if (packaging == Packaging.FLAT) {
            try (InputStream in = Files.newInputStream(file)) {
                parse(in, handler);
            }
            return content.build(file, "fods");
        }
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            String mimetype = mimetype(zip);
            if (!mimetype.startsWith(SPREADSHEET)) {
                // A text document or a presentation saved as .ods: not a spreadsheet.
                throw new IOException("not a spreadsheet: " + mimetype);
            }
            if (encrypted(zip)) {
                throw new WorkbookRejectedException("file.encrypted");
            }
            // Table styles (hidden sheets) are content.xml's automatic styles, or styles.xml's own.
            parsePart(zip, "styles.xml", handler, false);
            parsePart(zip, "content.xml", handler, true);
        }
        return content.build(file, "ods");
    }

    private static String mimetype(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(256), StandardCharsets.US_ASCII).strip();
        }
    }

    /** True when the manifest gives any part encryption data (ODF's password) or a key (OpenPGP). */
    private static boolean encrypted(ZipSecureFile zip) throws IOException, ParserConfigurationException {
        boolean[] encrypted = {false};
        try {
            parsePart(zip, "META-INF/manifest.xml", new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    encrypted[0] |= MANIFEST_NS.equals(uri) && "encryption-data".equals(localName)
                            || "keyinfo".equals(localName);
                }
            }, false);
        } catch (SAXException unreadableManifest) {
            // Then the parts say for themselves whether they can be read.
        }
        return encrypted[0];
    }

    private static void parsePart(ZipSecureFile zip, String name, ContentHandler handler, boolean required)
            throws IOException, SAXException, ParserConfigurationException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            if (required) {
                throw new IOException("no " + name + " in the package");
            }
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            parse(in, handler);
        }
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }
}
