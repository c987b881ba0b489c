package th.ita.report.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument spreadsheets made in the tests, written as LibreOffice writes them: a zip whose
 * first entry is {@code mimetype}, stored, then the manifest and {@code content.xml} (and
 * {@code styles.xml} when given), every entry dated the same so the bytes are the same on every run.
 * The helpers write the XML of tables, rows and cells; a test that needs a particular form writes
 * its XML itself.
 */
public final class OdsFiles {

    static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            + " office:version=\"1.3\"";
    /** The automatic style of a hidden sheet, as LibreOffice writes it. */
    static final String HIDDEN_STYLE = "<style:style style:name=\"taHidden\" style:family=\"table\">"
            + "<style:table-properties table:display=\"false\"/></style:style>";
    /** The last row and column LibreOffice fills a sheet to, with repeated empty rows and cells. */
    static final long ROWS = 1_048_576;
    static final int COLUMNS = 16_384;

    private static final long ENTRY_TIME = 1_735_689_600_000L; // 2025-01-01, for the same bytes every run

    private OdsFiles() {
    }

    /** content.xml holding these tables, with the hidden-sheet style among its automatic styles. */
    static String content(String... tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + ">"
                + "<office:automatic-styles>" + HIDDEN_STYLE + "</office:automatic-styles>"
                + "<office:body><office:spreadsheet>" + String.join("", tables)
                + "<table:named-expressions/></office:spreadsheet></office:body></office:document-content>";
    }

    /** A visible sheet; its rows are followed by empty rows to the sheet's end, as LibreOffice saves it. */
    static String table(String name, String... rows) {
        return "<table:table table:name=\"" + escape(name) + "\">"
                + "<table:table-column table:number-columns-repeated=\"" + COLUMNS + "\"/>"
                + String.join("", rows) + "</table:table>";
    }

    static String hiddenTable(String name, String... rows) {
        return table(name, rows).replaceFirst("<table:table ", "<table:table table:style-name=\"taHidden\" ");
    }

    static String row(String... cells) {
        return rows(1, cells);
    }

    /** A row element standing for {@code repeat} equal rows (none for 0). */
    static String rows(long repeat, String... cells) {
        if (repeat == 0) {
            return "";
        }
        return "<table:table-row" + (repeat > 1 ? " table:number-rows-repeated=\"" + repeat + "\"" : "") + ">"
                + String.join("", cells) + "</table:table-row>";
    }

    /** {@code count} empty cells, in one element (none for 0). */
    static String empty(long count) {
        if (count == 0) {
            return "";
        }
        return count == 1 ? "<table:table-cell/>" : "<table:table-cell table:number-columns-repeated=\"" + count + "\"/>";
    }

    /** A text cell: one paragraph per line, spaces and tabs as LibreOffice writes them. */
    static String text(String text) {
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">" + paragraphs(text)
                + "</table:table-cell>";
    }

    /** A cell of another type, e.g. {@code cell("office:value-type=\"float\" office:value=\"4.5\"", "4.5")}. */
    static String cell(String attributes, String shown) {
        return "<table:table-cell " + attributes + ">" + paragraphs(shown) + "</table:table-cell>";
    }

    /**
     * The rows of a sheet laid out cell by cell from row 1, as {@link TestWorkbooks#grid} lays out an
     * .xlsx: a null row or cell is left empty. Empty rows to the sheet's end follow.
     */
    static String grid(String[]... rows) {
        StringBuilder xml = new StringBuilder();
        for (String[] row : rows) {
            if (row == null) {
                xml.append(rows(1, empty(COLUMNS)));
                continue;
            }
            StringBuilder cells = new StringBuilder();
            for (String cell : row) {
                cells.append(cell == null ? empty(1) : text(cell));
            }
            xml.append(row(cells + empty(COLUMNS - row.length)));
        }
        return xml + rows(ROWS - rows.length, empty(COLUMNS));
    }

    /** Text as the paragraphs of a cell: a line per paragraph, runs of spaces as {@code text:s}, tabs as {@code text:tab}. */
    static String paragraphs(String text) {
        StringBuilder xml = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            xml.append("<text:p>");
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == ' ') {
                    int end = i;
                    while (end < line.length() && line.charAt(end) == ' ') {
                        end++;
                    }
                    // The first space is written as is, unless it starts the paragraph: the rest are text:s.
                    int literal = i == 0 ? 0 : 1;
                    xml.append(literal == 1 ? " " : "");
                    int more = end - i - literal;
                    if (more > 0) {
                        xml.append(more == 1 ? "<text:s/>" : "<text:s text:c=\"" + more + "\"/>");
                    }
                    i = end;
                } else {
                    xml.append(c == '\t' ? "<text:tab/>" : escape(String.valueOf(c)));
                    i++;
                }
            }
            xml.append("</text:p>");
        }
        return xml.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An .ods package with this content.xml. */
    public static Path write(Path file, String contentXml) throws IOException {
        return write(file, Map.of("content.xml", contentXml));
    }

    /**
     * An .ods package of these parts (content.xml, styles.xml ...), with its mimetype and, unless
     * given, a manifest listing them.
     */
    static Path write(Path file, Map<String, String> parts) throws IOException {
        return write(file, OdsWorkbookReader.SPREADSHEET, parts);
    }

    /** A package of another media type, e.g. a template (…spreadsheet-template) or a text document. */
    static Path write(Path file, String mediaType, Map<String, String> parts) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(parts);
        all.putIfAbsent("META-INF/manifest.xml", manifest(parts, ""));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            put(zip, entry, mimetype);
            for (Map.Entry<String, String> part : all.entrySet()) {
                put(zip, new ZipEntry(part.getKey()), part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    /** The manifest of these parts, each entry followed by {@code entryContent} (e.g. encryption data). */
    static String manifest(Map<String, String> parts, String entryContent) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + OdsWorkbookReader.SPREADSHEET + "\"/>");
        for (String part : parts.keySet()) {
            xml.append("<manifest:file-entry manifest:full-path=\"").append(part).append("\" manifest:media-type=\"text/xml\">")
                    .append(entryContent).append("</manifest:file-entry>");
        }
        return xml.append("</manifest:manifest>").toString();
    }

    /**
     * An .ods saved with a password in LibreOffice: the manifest gives each part its encryption
     * data, and the parts are ciphertext (here random-looking bytes).
     */
    public static Path encrypted(Path file) throws IOException {
        String cipher = "K\u0003\u00fe\u0011" + "x".repeat(100);
        Map<String, String> parts = Map.of("content.xml", cipher, "styles.xml", cipher);
        String encryption = "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\""
                + " manifest:checksum=\"AAAA\"><manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\""
                + " manifest:initialisation-vector=\"AAAA\"/><manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\""
                + " manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/></manifest:encryption-data>";
        Map<String, String> all = new LinkedHashMap<>(parts);
        all.put("META-INF/manifest.xml", manifest(parts, encryption));
        return write(file, all);
    }

    /** The first half of a valid .ods, as a copy interrupted half-way leaves it. */
    public static Path truncated(Path file) throws IOException {
        Path whole = write(file.resolveSibling("whole-" + file.getFileName()), content(table("รายงาน", grid(
                new String[] {"ส่วนราชการ", "กองช่าง"}, TestWorkbooks.HEADER, new String[] {"1", "ขั้นตอน", "", "", "ผล", ""}))));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] bytes) throws IOException {
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
