package th.ita.report.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the spreadsheet of an OpenDocument file with SAX: {@code content.xml} of an .ods (after
 * {@code styles.xml}, for the table styles it may hold), or the whole of a flat .fods. Each
 * visible {@code table:table} is a sheet read by an {@link OdsSheet}; a table whose style says
 * {@code table:display="false"} is a hidden sheet, noted and not read.
 * <p>
 * A cell's text is its paragraphs joined by line breaks (as an .xlsx cell holds "\n"), with
 * white space as OpenDocument defines it: runs of spaces, tabs and line ends in the XML collapse
 * to one space and leading ones are dropped; {@code text:s}, {@code text:tab} and
 * {@code text:line-break} give the characters they stand for. Comments, drawings, footnote bodies
 * and ruby annotations in a cell are not its text. The value is read by {@link OdsCell}.
 * Merged cells need nothing: the cells a merge covers are written as {@code
 * table:covered-table-cell} elements in their places, read like any cell (as an .xlsx keeps what
 * lies under a merge).
 */
final class OdsContent extends DefaultHandler {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** Text elements that hold paragraphs, within which a cell's paragraphs are looked for. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("list", "list-item", "list-header",
            "section", "soft-page-break");

    /** Beyond any sheet: LibreOffice's largest has 16,777,216 rows. */
    private static final long MAX_REPEAT = 1L << 31;

    /** Style inheritance followed this far at most, against a loop of parents. */
    private static final int MAX_STYLE_DEPTH = 20;

    /** A table style: its own {@code table:display} (null when it does not say) and its parent. */
    private record TableStyle(Boolean display, String parent) {
    }

    private final WorkbookContentBuilder content;
    private final OdsSheet.Budget budget;
    private final long maxTextChars;
    private final Map<String, TableStyle> tableStyles = new HashMap<>();

    private int depth;
    /** Depth of an element whose whole content is left out (a hidden sheet, a comment ...), else 0. */
    private int skipping;
    private int spreadsheetDepth = -1;
    private String styleName;
    private String styleParent;
    private Boolean styleDisplay;

    private String sheetName;
    private OdsSheet sheet;
    private long rowIndex;
    private long rowRepeat;
    private List<OdsSheet.Run> runs;
    private long column;

    private int cellDepth = -1;
    private OdsCell cell;
    private StringBuilder text;
    private int paragraphs;
    /** Depth of the paragraph being read, else -1. */
    private int paragraphDepth = -1;
    /** Where the paragraph's text begins in {@link #text}. */
    private int paragraphStart;
    /** The last character of the paragraph so far is white space from the XML (collapsing the next). */
    private boolean collapsing;

    OdsContent(WorkbookContentBuilder content, OdsSheet.Budget budget, long maxTextChars) {
        this.content = content;
        this.budget = budget;
        this.maxTextChars = maxTextChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        if (skipping > 0) {
            return;
        }
        if (cell != null) {
            cellContent(uri, localName, attributes);
            return;
        }
        switch (uri) {
            case OFFICE -> {
                if ("spreadsheet".equals(localName)) {
                    spreadsheetDepth = depth;
                }
            }
            case STYLE -> style(localName, attributes);
            case TABLE -> table(localName, attributes);
            default -> {
                // nothing else is read
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skipping == depth) {
            skipping = 0;
        } else if (skipping == 0) {
            if (depth == cellDepth) {
                endCell();
            } else if (depth == paragraphDepth) {
                paragraphDepth = -1;
            } else if (cell == null && TABLE.equals(uri)) {
                endTable(localName);
            } else if (cell == null && STYLE.equals(uri) && "style".equals(localName) && styleName != null) {
                tableStyles.put(styleName, new TableStyle(styleDisplay, styleParent));
                styleName = null;
            }
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (paragraphDepth < 0 || skipping > 0) {
            return;
        }
        checkLength(length);
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                // Collapsed: one space for a run, none at the start of the paragraph.
                if (!collapsing && text.length() > paragraphStart) {
                    text.append(' ');
                    collapsing = true;
                }
            } else {
                text.append(c);
                collapsing = false;
            }
        }
    }

    // --- styles -------------------------------------------------------------------------------

    private void style(String localName, Attributes attributes) {
        if ("style".equals(localName) && "table".equals(attributes.getValue(STYLE, "family"))) {
            styleName = attributes.getValue(STYLE, "name");
            styleParent = attributes.getValue(STYLE, "parent-style-name");
            styleDisplay = null;
        } else if ("table-properties".equals(localName) && styleName != null) {
            String display = attributes.getValue(TABLE, "display");
            styleDisplay = display == null ? null : !"false".equals(display);
        }
    }

    /** Whether a table with this style is shown; a style that does not say inherits from its parent. */
    private boolean displayed(String style) {
        for (int i = 0; style != null && i < MAX_STYLE_DEPTH; i++) {
            TableStyle found = tableStyles.get(style);
            if (found == null) {
                break;
            }
            if (found.display() != null) {
                return found.display();
            }
            style = found.parent();
        }
        return true;
    }

    // --- tables, rows, cells ------------------------------------------------------------------

    private void table(String localName, Attributes attributes) {
        switch (localName) {
            case "table" -> {
                if (depth != spreadsheetDepth + 1 || sheet != null) {
                    skipping = depth; // not a sheet of the spreadsheet
                    return;
                }
                String name = attributes.getValue(TABLE, "name");
                if (!displayed(attributes.getValue(TABLE, "style-name"))) {
                    content.hiddenSheet(name);
                    skipping = depth;
                    return;
                }
                sheetName = name;
                sheet = new OdsSheet(name, content, budget);
                rowIndex = 0;
            }
            case "table-row" -> {
                if (sheet != null) {
                    rowRepeat = repeat(attributes, "number-rows-repeated");
                    runs = new ArrayList<>();
                    column = 0;
                }
            }
            case "table-cell", "covered-table-cell" -> {
                if (runs != null) {
                    cell = new OdsCell(attributes, repeat(attributes, "number-columns-repeated"));
                    cellDepth = depth;
                    text = new StringBuilder();
                    paragraphs = 0;
                }
            }
            default -> {
                // columns, groups of rows, shapes, named ranges: nothing to read
            }
        }
    }

    private void endTable(String localName) {
        if ("table-row".equals(localName) && runs != null) {
            sheet.row(rowIndex, rowRepeat, runs);
            rowIndex += rowRepeat;
            runs = null;
        } else if ("table".equals(localName) && sheet != null) {
            sheet.end();
            sheet = null;
            sheetName = null;
        }
    }

    /**
     * Inside a cell: its paragraphs (also within lists or sections) and what they hold; anything
     * else in a cell, such as a comment (office:annotation) or a drawing, is not its text.
     */
    private void cellContent(String uri, String localName, Attributes attributes) {
        if (!TEXT.equals(uri)) {
            skipping = depth;
            return;
        }
        if (paragraphDepth < 0) {
            if ("p".equals(localName) || "h".equals(localName)) {
                if (paragraphs++ > 0) {
                    append("\n");
                }
                paragraphDepth = depth;
                paragraphStart = text.length();
                collapsing = false;
            } else if (!CONTAINERS.contains(localName)) {
                skipping = depth;
            }
            return;
        }
        switch (localName) {
            case "s" -> spaces(attributes.getValue(TEXT, "c"));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            case "note-body", "ruby-text" -> skipping = depth;
            default -> {
                // spans, links, fields: their text is the paragraph's
            }
        }
    }

    private void endCell() {
        CellValue value = cell.value(text.toString(), sheetName, rowIndex, column);
        if (value != null) {
            if (column + cell.repeat() > OdsSheet.MAX_COLUMNS) {
                throw new IllegalStateException("content beyond column " + OdsSheet.MAX_COLUMNS + " in sheet " + sheetName);
            }
            runs.add(new OdsSheet.Run((int) column, (int) cell.repeat(), value));
        }
        column += cell.repeat();
        cell = null;
        cellDepth = -1;
        paragraphDepth = -1;
        text = null;
    }

    // --- text ---------------------------------------------------------------------------------

    private void spaces(String count) {
        long n = 1;
        if (count != null) {
            try {
                n = Math.max(1, Long.parseLong(count.strip()));
            } catch (NumberFormatException unreadable) {
                n = 1;
            }
        }
        checkLength(n);
        text.append(" ".repeat((int) n));
        collapsing = false;
    }

    private void append(String s) {
        checkLength(s.length());
        text.append(s);
        collapsing = false;
    }

    private void checkLength(long more) {
        if (text.length() + more > maxTextChars) {
            throw new IllegalStateException("a cell holds more than " + maxTextChars + " characters");
        }
    }

    /**
     * A repeat count: 1 when absent; a count that is not a positive number makes the file
     * unreadable. Counts past any sheet's size are taken as that size, so that rows and columns
     * are counted without overflow (content so far out is refused by {@link OdsSheet}).
     */
    private static long repeat(Attributes attributes, String name) {
        String value = attributes.getValue(TABLE, name);
        if (value == null) {
            return 1;
        }
        long count;
        try {
            count = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1) {
            throw new IllegalStateException("table:" + name + "=\"" + value + "\"");
        }
        return Math.min(count, MAX_REPEAT);
    }
}
