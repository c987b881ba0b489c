package th.ita.report.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet part read with SAX, row by row. The rows up to {@link HeaderLocator#LAST_ROW_READ}
 * are kept until the header is located (by the same rules as the usermodel reader); after that
 * each row becomes a table row and is forgotten. Reading stops as soon as the sheet has no table
 * or has more rows than allowed. Cells without a value (formatting only) are not kept at all, so
 * formatted but empty rows and columns cost nothing.
 * <p>
 * Cells are read as POI's {@code XSSFCell} reads them, never evaluating a formula: the type from
 * the {@code t} attribute, a formula's cached value from {@code <v>}, a cached error as an
 * error, strings from the shared strings or inline, dates by the number format of the cell's
 * style (or its column's), as {@link DateUtil} decides it.
 */
final class StreamedSheet extends DefaultHandler {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Bounds on what is kept from the sheet's head, against hostile files. */
    private static final int MAX_COLUMN_DEFINITIONS = 16_384;
    private static final int MAX_ARRAY_FORMULAS = 10_000;

    private final String name;
    /** A worksheet, as opposed to a chart sheet, which has no rows. */
    private final boolean worksheet;
    private final SharedStringList strings;
    private final java.util.function.Supplier<CellFormats> styleTable;
    private final long maxTextChars;
    private final WorkbookContentBuilder content;

    /** {@code <col>} definitions with a style: 0-based first and last column, style index. */
    private final List<int[]> columnStyles = new ArrayList<>();
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();

    /** Rows at the top of the sheet, by index, until the header is located (then null). */
    private TreeMap<Integer, List<RawCell>> top = new TreeMap<>();
    private HeaderLocator.Header header;
    private boolean tableFound;
    private int[] headerColumns;
    private WorkbookRejectedException rejection;

    private boolean sheetDataSeen;
    private int rowIndex = -1;
    private int lastColumn = -1;
    private List<RawCell> rowCells;
    private RawCell cell;
    private StringBuilder text;
    private boolean inInlineString;
    private boolean inRun;
    private boolean inPhonetic;
    private StringBuilder inlineText;
    private StringBuilder inlineRuns;

    StreamedSheet(String name, boolean worksheet, SharedStringList strings, java.util.function.Supplier<CellFormats> styles, IntakeLimits limits,
                  WorkbookContentBuilder content) {
        this.name = name;
        this.worksheet = worksheet;
        this.strings = strings;
        this.styleTable = styles;
        this.maxTextChars = limits.maxTextChars();
        this.content = content;
    }

    void read(InputStream sheetXml) throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(this);
        try {
            xml.parse(new InputSource(sheetXml));
            if (worksheet && !sheetDataSeen) {
                // Invalid, and refused by POI's usermodel: refused the same way.
                throw new IOException("Had empty sheet data when initializing the sheet");
            }
            if (top != null) {
                // A chart sheet: no table.
                locate();
            }
        } catch (Stop stop) {
            // the sheet has ended, has no table, or was rejected
        }
        if (rejection != null) {
            throw rejection;
        }
        if (tableFound) {
            content.endTable();
        }
    }

    /** Thrown to stop parsing: the sheet has no table, or it is rejected. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    /** A cell as stored: what XSSFCell would read its value from. */
    private static final class RawCell {
        int column;
        String type;
        String style;
        boolean formula;
        String value;
        String inline;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "v" -> {
                if (cell != null) {
                    text = new StringBuilder();
                }
            }
            case "f" -> {
                if (cell != null) {
                    formula(attributes);
                }
            }
            case "is" -> {
                if (cell != null) {
                    inInlineString = true;
                    inlineText = new StringBuilder();
                    inlineRuns = null;
                }
            }
            case "r" -> {
                if (inInlineString) {
                    inRun = true;
                    if (inlineRuns == null) {
                        inlineRuns = new StringBuilder();
                    }
                }
            }
            case "rPh" -> inPhonetic = inInlineString;
            case "t" -> {
                if (inInlineString && !inPhonetic) {
                    text = new StringBuilder();
                }
            }
            case "sheetData" -> sheetDataSeen = true;
            case "col" -> columnStyle(attributes);
            default -> {
                // nothing else is needed
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (text != null) {
            if (text.length() + (long) length > maxTextChars) {
                throw SharedStringList.tooLong(maxTextChars);
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v" -> {
                if (cell != null && text != null) {
                    cell.value = text.toString();
                }
                text = null;
            }
            case "t" -> {
                if (inInlineString && !inPhonetic && text != null) {
                    (inRun ? inlineRuns : inlineText).append(text);
                }
                text = null;
            }
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                if (cell != null && inInlineString) {
                    // As XSSFRichTextString: the runs when there are any, else the plain text.
                    cell.inline = (inlineRuns != null ? inlineRuns : inlineText).toString();
                }
                inInlineString = false;
            }
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> {
                if (top != null) {
                    locate();
                }
                // Nothing after the rows is needed: merged regions are not used.
                throw new Stop();
            }
            default -> {
                // nothing else is needed
            }
        }
    }

    private void startRow(Attributes attributes) throws Stop {
        String r = attributes.getValue("r");
        rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
        if (top != null && rowIndex > HeaderLocator.LAST_ROW_READ) {
            locate();
        }
        rowCells = new ArrayList<>();
        lastColumn = -1;
    }

    private void startCell(Attributes attributes) {
        if (rowCells == null) {
            return;
        }
        cell = new RawCell();
        String r = attributes.getValue("r");
        // Without a reference, a cell follows the one before it, as POI places it.
        cell.column = r != null ? column(r) : lastColumn + 1;
        lastColumn = cell.column;
        cell.type = attributes.getValue("t");
        cell.style = attributes.getValue("s");
    }

    /** The 0-based column of a cell reference such as "AB12". */
    private static int column(String ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length() && i < 4; i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
        }
        if (i == 0 || i == ref.length() || ref.charAt(i) < '0' || ref.charAt(i) > '9') {
            return new CellReference(ref).getCol();
        }
        return column - 1;
    }

    private void formula(Attributes attributes) {
        String type = attributes.getValue("t");
        // POI reads a data table's cells as plain cells typed by their cached value.
        cell.formula |= !"dataTable".equals(type);
        String ref = attributes.getValue("ref");
        if ("array".equals(type) && ref != null && arrayFormulas.size() < MAX_ARRAY_FORMULAS) {
            arrayFormulas.add(CellRangeAddress.valueOf(ref));
        }
    }

    private void endCell() {
        if (cell == null) {
            return;
        }
        // A cell with no value is formatting only: read as empty, so never kept (unless an array
        // formula covers it, which gives it a value).
        boolean valued = cell.value != null || cell.inline != null || cell.formula
                || "b".equals(cell.type) || "e".equals(cell.type) || inArrayFormula(rowIndex, cell.column);
        if (valued) {
            rowCells.add(cell);
        }
        cell = null;
        text = null;
    }

    private void endRow() throws Stop {
        if (rowCells == null) {
            return;
        }
        if (top != null) {
            top.put(rowIndex, rowCells);
        } else if (rowIndex >= header.dataStart() && !rowCells.isEmpty()) {
            dataRow(rowIndex, rowCells);
        }
        rowCells = null;
    }

    /** Locates the header in the rows kept; stops reading when there is none. */
    private void locate() throws Stop {
        TopRows rows = new TopRows(top);
        header = content.locate(name, rows);
        if (header == null) {
            top = null;
            throw new Stop();
        }
        headerColumns = header.columns().values().stream().mapToInt(Integer::intValue).toArray();
        content.tableFound(name, rows, header);
        tableFound = true;
        for (Map.Entry<Integer, List<RawCell>> row : top.tailMap(header.dataStart()).entrySet()) {
            if (!row.getValue().isEmpty()) {
                dataRow(row.getKey(), row.getValue());
            }
        }
        top = null;
    }

    /** A row under the header: its table cells, and its other filled cells (the builder notes those outside). */
    private void dataRow(int r, List<RawCell> cells) throws Stop {
        Map<Integer, RawCell> byColumn = byColumn(cells);
        List<WorkbookContentBuilder.OtherCell> others = new ArrayList<>();
        for (RawCell raw : cells) {
            if (!isHeaderColumn(raw.column) && byColumn.get(raw.column) == raw) {
                CellValue value = value(r, raw.column, raw);
                if (!value.isBlank()) {
                    others.add(new WorkbookContentBuilder.OtherCell(raw.column, value));
                }
            }
        }
        others.sort(java.util.Comparator.comparingInt(WorkbookContentBuilder.OtherCell::column));
        try {
            content.row(r, header, c -> value(r, c, byColumn.get(c)), others);
        } catch (WorkbookRejectedException tooManyRows) {
            rejection = tooManyRows;
            throw new Stop();
        }
    }

    private boolean isHeaderColumn(int column) {
        for (int c : headerColumns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    /** The value of a cell, as {@link CellReader} reads the same cell through XSSFCell. */
    private CellValue value(int r, int c, RawCell raw) {
        String ref = CellReader.ref(r, c);
        if (raw == null) {
            return CellValue.empty(ref);
        }
        boolean formula = raw.formula || inArrayFormula(r, c);
        String type = raw.type == null ? "n" : raw.type;
        switch (type) {
            case "s", "str", "inlineStr" -> {
                return CellReader.text(ref, string(raw, type));
            }
            case "n" -> {
                if (raw.value == null && !formula) {
                    return CellValue.empty(ref);
                }
                double number = number(raw.value);
                return CellReader.number(ref, number, DateUtil.isValidExcelDate(number) && dateFormatted(raw));
            }
            case "b" -> {
                return CellReader.text(ref, String.valueOf("1".equals(raw.value)));
            }
            case "e" -> {
                return CellReader.error(ref, errorCode(raw.value));
            }
            default -> throw new IllegalStateException("Illegal cell type: " + type);
        }
    }

    private String string(RawCell raw, String type) {
        String stored;
        if (type.equals("inlineStr")) {
            stored = raw.inline != null ? raw.inline : raw.value != null ? raw.value : "";
        } else if (type.equals("str")) {
            stored = raw.value != null ? raw.value : "";
        } else {
            // A shared string; as in POI's usermodel, a bad index reads as "".
            String shared = null;
            if (raw.value != null) {
                try {
                    shared = strings.get(Integer.parseInt(raw.value));
                } catch (NumberFormatException badIndex) {
                    shared = null;
                }
            }
            return shared == null ? "" : shared;
        }
        // XSSFRichTextString decodes _xHHHH_ escapes; without one it returns the text as is.
        return stored.contains("_x") ? new XSSFRichTextString(stored).getString() : stored;
    }

    private static double number(String value) {
        if (value == null || value.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell");
        }
    }

    private static byte errorCode(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return FormulaError.forString(value).getCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unexpected error code", e);
        }
    }

    private boolean inArrayFormula(int r, int c) {
        for (CellRangeAddress range : arrayFormulas) {
            if (range.isInRange(r, c)) {
                return true;
            }
        }
        return false;
    }

    /** The cell's style, else its column's, else the default style: as XSSFCell.getCellStyle. */
    private boolean dateFormatted(RawCell raw) {
        CellFormats styles = styleTable.get();
        if (styles == null) {
            return false;
        }
        int index = raw.style == null ? -1 : Math.toIntExact(Long.parseLong(raw.style));
        return styles.isDate(styles.has(index) ? index : columnStyle(raw.column));
    }

    private int columnStyle(int column) {
        for (int[] col : columnStyles) {
            if (col[0] <= column && column <= col[1]) {
                return col[2];
            }
        }
        return 0;
    }

    private void columnStyle(Attributes attributes) {
        if (columnStyles.size() >= MAX_COLUMN_DEFINITIONS) {
            return;
        }
        try {
            int min = Integer.parseInt(attributes.getValue("min")) - 1;
            int max = Integer.parseInt(attributes.getValue("max")) - 1;
            String style = attributes.getValue("style");
            columnStyles.add(new int[] {min, max, style == null ? 0 : Integer.parseInt(style)});
        } catch (NumberFormatException unusable) {
            // a column definition without usable bounds styles nothing
        }
    }

    /** The rows kept from the top of the sheet, as the header and label rules read them. */
    private final class TopRows extends KeptRows<RawCell> {

        /** Each row's cells by column (the last one listed counts), made when the row is first read. */
        private final Map<Integer, Map<Integer, RawCell>> byColumn = new java.util.HashMap<>();

        TopRows(TreeMap<Integer, List<RawCell>> rows) {
            super(rows);
        }

        @Override
        public int width(int row) {
            int width = 0;
            for (RawCell c : row(row)) {
                width = Math.max(width, c.column + 1);
            }
            return width;
        }

        @Override
        public CellValue cell(int row, int column) {
            Map<Integer, RawCell> cells = byColumn.computeIfAbsent(row, r -> byColumn(row(r)));
            return value(row, column, cells.get(column));
        }
    }

    /** A row's cells by column; when a row lists a column twice the last one counts, as in POI. */
    private static Map<Integer, RawCell> byColumn(List<RawCell> cells) {
        Map<Integer, RawCell> byColumn = new java.util.HashMap<>();
        for (RawCell cell : cells) {
            byColumn.put(cell.column, cell);
        }
        return byColumn;
    }
}
