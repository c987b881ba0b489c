package th.ita.report.output.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellReference;

/**
 * Writes an .xlsx straight to a zip stream, sheet after sheet and row after row: the parts a
 * spreadsheet needs (styles, workbook, relationships) are fixed text, every cell is written once
 * as it comes. No object model of the workbook and no temporary file (POI's SXSSF builds both for
 * every workbook; per office that cost more than the rows themselves). Text is an inline string,
 * never a formula; the styles are the few {@link Style}s the validation workbook uses.
 */
final class SheetsWriter implements AutoCloseable {

    /** The cell formats of styles.xml, in its order (index = the cell's s attribute). */
    enum Style { DEFAULT, HEADER, TEXT, QUOTED, NUMBER, ERROR, WARNING, LINK, TOTAL_TEXT, TOTAL_NUMBER }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Fonts: 0 plain, 1 bold, 2 bold dark red, 3 bold brown, 4 blue (indexed colours as POI's IndexedColors).
    // Fills: 0 none, 1 gray125 (both required), 2 grey 25 %. Borders: 0 none, 1 thin grey bottom.
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="%1$s">\
            <fonts count="5">\
            <font><sz val="14"/><name val="%2$s"/></font>\
            <font><b/><sz val="14"/><name val="%2$s"/></font>\
            <font><b/><sz val="14"/><color indexed="16"/><name val="%2$s"/></font>\
            <font><b/><sz val="14"/><color indexed="60"/><name val="%2$s"/></font>\
            <font><sz val="14"/><color indexed="12"/><name val="%2$s"/></font>\
            </fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor indexed="22"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left/><right/><top/><bottom style="thin"><color indexed="22"/></bottom><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="10">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" quotePrefix="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" quotePrefix="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    /** A sheet written: its name, and the last row and column its filter covers. */
    private record Written(String name, int lastRow, int lastColumn) {
    }

    private final ZipOutputStream zip;
    private final Writer out;
    private final String font;
    private final List<Written> sheets = new ArrayList<>();
    private final List<String[]> links = new ArrayList<>();
    private int columns;
    private int row = -1;
    private int column;
    private boolean inRow;

    SheetsWriter(OutputStream target, String font) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.font = font;
    }

    /**
     * Starts a sheet: its first row frozen and printed on every page, landscape, one page wide.
     * @param widths each column's width in characters
     */
    void startSheet(String name, int[] widths) throws IOException {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml"));
        sheets.add(new Written(name, 0, widths.length - 1));
        columns = widths.length;
        row = -1;
        links.clear();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<sheetViews><sheetView workbookViewId=\"0\"" + (sheets.size() == 1 ? " tabSelected=\"1\"" : "")
                + "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.length; c++) {
            out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c] + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
    }

    /** Starts the next row (rows are numbered from 0, the header). */
    void row() throws IOException {
        endRow();
        row++;
        column = 0;
        inRow = true;
        out.write("<row r=\"" + (row + 1) + "\">");
    }

    /** Leaves a cell empty. */
    void skip() {
        column++;
    }

    /** A text cell; null writes a styled empty cell. The text must already be what the cell may hold. */
    void text(String value, Style style) throws IOException {
        String ref = ref();
        if (value == null) {
            out.write("<c r=\"" + ref + "\" s=\"" + style.ordinal() + "\"/>");
            return;
        }
        out.write("<c r=\"" + ref + "\" s=\"" + style.ordinal() + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(value);
        out.write("</t></is></c>");
    }

    void number(long value, Style style) throws IOException {
        out.write("<c r=\"" + ref() + "\" s=\"" + style.ordinal() + "\"><v>" + value + "</v></c>");
    }

    /** The last written cell is a link to cell A1 of another sheet of this workbook. */
    void linkTo(String sheetName) {
        links.add(new String[] {CellReference.convertNumToColString(column - 1) + (row + 1),
                "'" + sheetName.replace("'", "''") + "'!A1"});
    }

    /** Ends the sheet, its filter over the header and the rows written (at least one below it). */
    void endSheet() throws IOException {
        endRow();
        int lastRow = Math.max(1, row);
        String lastColumn = CellReference.convertNumToColString(columns - 1);
        out.write("</sheetData><autoFilter ref=\"A1:" + lastColumn + (lastRow + 1) + "\"/>");
        if (!links.isEmpty()) {
            out.write("<hyperlinks>");
            for (String[] link : links) {
                out.write("<hyperlink ref=\"" + link[0] + "\" location=\"");
                escape(link[1]);
                out.write("\"/>");
            }
            out.write("</hyperlinks>");
        }
        out.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
        out.flush();
        zip.closeEntry();
        Written sheet = sheets.remove(sheets.size() - 1);
        sheets.add(new Written(sheet.name(), lastRow, columns - 1));
    }

    /** The workbook's own parts, after its sheets. */
    @Override
    public void close() throws IOException {
        entry("[Content_Types].xml", contentTypes());
        entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("xl/_rels/workbook.xml.rels", workbookRelationships());
        entry("xl/workbook.xml", workbook());
        entry("xl/styles.xml", String.format(STYLES, MAIN, escaped(font)));
        out.flush();
        zip.finish();
        zip.close();
    }

    private void endRow() throws IOException {
        if (inRow) {
            out.write("</row>");
            inRow = false;
        }
    }

    private String ref() {
        return CellReference.convertNumToColString(column++) + (row + 1);
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PACKAGE_RELATIONSHIPS + "\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escaped(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        xml.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            Written sheet = sheets.get(i);
            String quoted = "'" + sheet.name().replace("'", "''") + "'";
            xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">")
                    .append(escaped(quoted + "!$A$1:$" + CellReference.convertNumToColString(sheet.lastColumn()) + "$"
                            + (sheet.lastRow() + 1)))
                    .append("</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                    .append(escaped(quoted + "!$1:$1")).append("</definedName>");
        }
        return xml.append("</definedNames></workbook>").toString();
    }

    /** XML text: markup escaped, and characters XML cannot hold (controls but tab and line breaks) as "?", as POI writes them. */
    private void escape(String text) throws IOException {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\t', '\n', '\r' -> null;
                default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' || unpaired(text, i) ? "?" : null;
            };
            if (replacement != null) {
                out.write(text, copied, i - copied);
                out.write(replacement);
                copied = i + 1;
            }
        }
        out.write(text, copied, text.length() - copied);
    }

    private static boolean unpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
