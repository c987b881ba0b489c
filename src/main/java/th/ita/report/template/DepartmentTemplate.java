package th.ita.report.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinition.Department;
import th.ita.report.definition.JobDefinition.Measure;
import th.ita.report.report.DocumentText;
import th.ita.report.text.Numerals;

/**
 * The ready-to-fill workbook a department receives: sheet "รายงาน" with the title, the
 * ส่วนราชการ / ปีงบประมาณ labels and the six headings of the published report above empty
 * bordered rows (header locked, rows editable, a drop-down of the year's measures); sheet
 * "คำอธิบาย" telling what goes in each column, with one example row from the seed report; and
 * a hidden sheet holding the drop-down's list.
 *
 * <p>The help sheet never uses more than two columns, so it can never look like the report
 * table to the job (which reads every visible sheet that carries the table's headings): its
 * explanations and its example name at most two columns a row. The sheets are protected
 * without a password, against slips, not against people.
 */
public final class DepartmentTemplate {

    /** Rows of the report sheet (0-based). */
    static final int TITLE_ROW = 0;
    static final int LABEL_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Empty bordered rows ready to fill; more can be inserted (the sheet allows it) or typed below. */
    static final int DATA_ROWS = 30;
    /** Rows from the first data row that offer the measure drop-down, beyond the bordered ones. */
    static final int VALIDATED_ROWS = 500;

    /** Points per line of 16 pt TH Sarabun New (Excel gives it about 24; Laksaman, its stand-in on Linux, needs more), and padding. */
    private static final float LINE_POINTS = 26f;
    private static final float PADDING_POINTS = 4f;
    private static final short BODY_POINTS = 16;
    private static final short TITLE_POINTS = 18;

    /** The report's columns in published order: heading, how to fill it, example, width in characters. */
    private static final List<ColumnText> COLUMNS = List.of(
            new ColumnText("measure", 30),
            new ColumnText("steps", 48),
            new ColumnText("period", 24),
            new ColumnText("responsible", 20),
            new ColumnText("output", 42),
            new ColumnText("outcome", 34));

    /** Widths of the help sheet's two columns, in characters. */
    private static final int HELP_LABEL_WIDTH = 34;
    private static final int HELP_TEXT_WIDTH = 96;

    private record ColumnText(String key, int width) {
        String heading() {
            return "report.heading." + key;
        }

        String help() {
            return "template.help." + key;
        }

        String example() {
            return "template.example." + key;
        }
    }

    private final MessageSource messages;

    public DepartmentTemplate(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes the template of one department for the definition's year; the stream stays open. */
    public void write(JobDefinition definition, Department department, OutputStream out) throws IOException {
        Numerals numerals = Numerals.of(definition.rendering().thaiDigits());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, definition.rendering().fontFamily());
            XSSFSheet report = workbook.createSheet(message(numerals, "template.sheet.report"));
            XSSFSheet help = workbook.createSheet(message(numerals, "template.sheet.help"));
            XSSFSheet list = workbook.createSheet(message(numerals, "template.sheet.measures"));

            List<String> choices = measureChoices(definition, numerals);
            String listRange = writeList(list, choices, styles);
            writeReport(report, definition, department, numerals, styles, listRange);
            writeHelp(help, definition, department, numerals, styles, choices);

            workbook.setSheetVisibility(workbook.getSheetIndex(list), SheetVisibility.HIDDEN);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.getProperties().getCoreProperties().setTitle(title(definition, numerals));
            workbook.write(out);
        }
    }

    /** The drop-down's entries: "๑. ชื่อมาตรการ" in number order, in the office's digit style. */
    static List<String> measureChoices(JobDefinition definition, Numerals numerals) {
        return definition.measures().stream()
                .sorted(Comparator.comparingInt(Measure::number))
                .map(m -> numerals.format(m.number()) + ". " + m.name().strip())
                .toList();
    }

    // --- the list sheet ---------------------------------------------------------------------

    /** One measure a row in column A; returns the absolute range the drop-down refers to. */
    private static String writeList(XSSFSheet list, List<String> choices, Styles styles) {
        for (int i = 0; i < choices.size(); i++) {
            cell(list.createRow(i), 0, choices.get(i), styles.plain);
        }
        list.setColumnWidth(0, 90 * 256);
        protect(list);
        AreaReference area = new AreaReference(new CellReference(list.getSheetName(), 0, 0, true, true),
                new CellReference(list.getSheetName(), choices.size() - 1, 0, true, true),
                SpreadsheetVersion.EXCEL2007);
        return area.formatAsString();
    }

    // --- the report sheet -------------------------------------------------------------------

    private void writeReport(XSSFSheet sheet, JobDefinition definition, Department department, Numerals numerals,
                             Styles styles, String listRange) {
        int last = COLUMNS.size() - 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
            // Typing below the bordered rows is allowed too: those cells are unlocked, wrapped.
            sheet.setDefaultColumnStyle(c, styles.open);
        }
        int totalWidth = COLUMNS.stream().mapToInt(ColumnText::width).sum();
        defaultRowHeight(sheet);

        XSSFRow title = sheet.createRow(TITLE_ROW);
        String titleText = title(definition, numerals);
        for (int c = 0; c <= last; c++) {
            cell(title, c, c == 0 ? titleText : "", styles.title);
        }
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
        title.setHeightInPoints(height(titleText, totalWidth, 1.15f));

        XSSFRow labels = sheet.createRow(LABEL_ROW);
        cell(labels, 0, message(numerals, "template.label.department"), styles.label);
        cell(labels, 1, department.name().strip(), styles.value);
        cell(labels, 2, message(numerals, "template.label.fiscalYear"), styles.labelRight);
        cell(labels, 3, numerals.format(definition.fiscalYear()), styles.value);
        cell(labels, 4, message(numerals, "template.hint"), styles.hint);
        cell(labels, 5, "", styles.hint);
        sheet.addMergedRegion(new CellRangeAddress(LABEL_ROW, LABEL_ROW, 4, last));
        labels.setHeightInPoints(LINE_POINTS + PADDING_POINTS);

        XSSFRow header = sheet.createRow(HEADER_ROW);
        float headerHeight = 0;
        for (int c = 0; c <= last; c++) {
            String heading = message(numerals, COLUMNS.get(c).heading());
            cell(header, c, heading, styles.header);
            headerHeight = Math.max(headerHeight, height(heading, COLUMNS.get(c).width(), 1f));
        }
        header.setHeightInPoints(headerHeight);

        for (int r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + DATA_ROWS; r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c <= last; c++) {
                row.createCell(c).setCellStyle(styles.data);
            }
        }

        addMeasureDropDown(sheet, numerals, listRange);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        printLandscapeOnePageWide(sheet);
        protect(sheet);
        // Rows may be inserted and resized; locked cells (title, labels, headings) stay as they are.
        sheet.lockInsertRows(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
    }

    /**
     * A list of the year's measures on the measure column. The list lives on the hidden sheet
     * (an explicit list is limited to 255 characters); other values are allowed after a warning,
     * so a department can still type a number, "มาตรการที่ ๑", or leave a continuation row empty.
     */
    private void addMeasureDropDown(XSSFSheet sheet, Numerals numerals, String listRange) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createFormulaListConstraint(listRange);
        CellRangeAddressList cells = new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + VALIDATED_ROWS - 1, 0, 0);
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(message(numerals, "template.list.errorTitle"), message(numerals, "template.list.error"));
        validation.setShowPromptBox(true);
        validation.createPromptBox(message(numerals, "template.list.promptTitle"), message(numerals, "template.list.prompt"));
        // For XSSF, "suppress" keeps the in-cell arrow shown (POI maps it onto showDropDown's inverted meaning).
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    // --- the help sheet ---------------------------------------------------------------------

    /**
     * What to write in each column, general rules, the year's measures and one example row (from
     * the seed report) shown column by column. Two columns only: see the class comment.
     */
    private void writeHelp(XSSFSheet sheet, JobDefinition definition, Department department, Numerals numerals,
                           Styles styles, List<String> choices) {
        sheet.setColumnWidth(0, HELP_LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, HELP_TEXT_WIDTH * 256);
        int both = HELP_LABEL_WIDTH + HELP_TEXT_WIDTH;
        String year = numerals.format(definition.fiscalYear());
        String shortYear = numerals.apply(String.format("%02d", definition.fiscalYear() % 100));
        String shortPreviousYear = numerals.apply(String.format("%02d", (definition.fiscalYear() - 1) % 100));
        int r = 0;

        XSSFRow title = sheet.createRow(r++);
        cell(title, 0, message(numerals, "template.help.title", year), styles.helpTitle);
        title.setHeightInPoints(LINE_POINTS * 1.15f + PADDING_POINTS);
        r++;

        r = wideRow(sheet, r, message(numerals, "template.help.rules"), styles.label, both);
        for (int i = 1; i <= 6; i++) {
            r = wideRow(sheet, r, message(numerals, "template.help.rule." + i,
                    message(numerals, "template.sheet.report"), department.name().strip(), year), styles.wrapped, both);
        }
        r++;

        XSSFRow columnsHeading = sheet.createRow(r++);
        cell(columnsHeading, 0, message(numerals, "template.help.columnsHeading"), styles.header);
        cell(columnsHeading, 1, message(numerals, "template.help.howHeading"), styles.header);
        columnsHeading.setHeightInPoints(LINE_POINTS + PADDING_POINTS);
        Object[][] arguments = {
                {choices.get(0), numerals.format(1)},
                {},
                {year, shortPreviousYear, shortYear},
                {department.name().strip(), message(numerals, "report.allDepartments")},
                {},
                {}};
        for (int c = 0; c < COLUMNS.size(); c++) {
            ColumnText column = COLUMNS.get(c);
            String columnName = message(numerals, "template.help.columnLetter",
                    CellReference.convertNumToColString(c), message(numerals, column.heading()));
            r = pairRow(sheet, r, columnName, message(numerals, column.help(), arguments[c]), styles.boxedBold,
                    styles.boxed);
        }
        r++;

        r = wideRow(sheet, r, message(numerals, "template.help.measuresHeading", year), styles.label, both);
        for (String choice : choices) {
            XSSFRow row = sheet.createRow(r++);
            cell(row, 0, choice, styles.plain);
        }
        r++;

        r = wideRow(sheet, r, message(numerals, "template.help.exampleHeading"), styles.exampleTitle, both);
        for (ColumnText column : COLUMNS) {
            r = pairRow(sheet, r, message(numerals, column.heading()), message(numerals, column.example()),
                    styles.exampleBold, styles.example);
        }
        defaultRowHeight(sheet);
        printLandscapeOnePageWide(sheet);
        protect(sheet);
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
    }

    /** A text across both help columns (merged), its height fitted to the text. */
    private static int wideRow(XSSFSheet sheet, int r, String text, XSSFCellStyle style, int width) {
        XSSFRow row = sheet.createRow(r);
        cell(row, 0, text, style);
        cell(row, 1, "", style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        row.setHeightInPoints(height(text, width, 1f));
        return r + 1;
    }

    /** A label and its text side by side, the row as high as the taller of the two. */
    private static int pairRow(XSSFSheet sheet, int r, String label, String text, XSSFCellStyle labelStyle,
                               XSSFCellStyle textStyle) {
        XSSFRow row = sheet.createRow(r);
        cell(row, 0, label, labelStyle);
        cell(row, 1, text, textStyle);
        row.setHeightInPoints(Math.max(height(label, HELP_LABEL_WIDTH, 1f), height(text, HELP_TEXT_WIDTH, 1f)));
        return r + 1;
    }

    // --- shared pieces ----------------------------------------------------------------------

    private String title(JobDefinition definition, Numerals numerals) {
        return message(numerals, "template.title", numerals.format(definition.fiscalYear()));
    }

    /** A message in the office's digit style; arguments are passed as text (never number-formatted). */
    private String message(Numerals numerals, String code, Object... args) {
        return numerals.apply(messages.getMessage(code, args.length == 0 ? null : args, DocumentText.THAI_LOCALE));
    }

    private static XSSFCell cell(XSSFRow row, int c, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(c);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * One line of the office's font: rows left at the default (the empty data rows) are that
     * high, and still grow when text wraps in them, as they carry no height of their own.
     */
    private static void defaultRowHeight(XSSFSheet sheet) {
        sheet.setDefaultRowHeightInPoints(LINE_POINTS + PADDING_POINTS);
        sheet.getCTWorksheet().getSheetFormatPr().unsetCustomHeight();
    }

    private static void printLandscapeOnePageWide(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Protected without a password: Review > Unprotect Sheet lifts it. Unlocked cells stay editable. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /**
     * Row height for wrapped text in a column {@code width} characters wide: Thai vowels and
     * tone marks above and below a letter take no width of their own, so they are not counted.
     */
    static float height(String text, int width, float scale) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int visible = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                if (Character.getType(paragraph.charAt(i)) != Character.NON_SPACING_MARK) {
                    visible++;
                }
            }
            lines += Math.max(1, (int) Math.ceil(visible / (width * 0.92)));
        }
        return lines * LINE_POINTS * scale + PADDING_POINTS;
    }

    /** The few cell styles the template uses, all in the office's font. */
    private static final class Styles {
        final XSSFCellStyle plain;
        final XSSFCellStyle wrapped;
        final XSSFCellStyle title;
        final XSSFCellStyle helpTitle;
        final XSSFCellStyle label;
        final XSSFCellStyle labelRight;
        final XSSFCellStyle value;
        final XSSFCellStyle hint;
        final XSSFCellStyle header;
        final XSSFCellStyle data;
        final XSSFCellStyle open;
        final XSSFCellStyle boxed;
        final XSSFCellStyle boxedBold;
        final XSSFCellStyle exampleTitle;
        final XSSFCellStyle example;
        final XSSFCellStyle exampleBold;
        private final XSSFWorkbook workbook;
        private final String fontName;

        Styles(XSSFWorkbook workbook, String fontName) {
            this.workbook = workbook;
            this.fontName = fontName;
            // The Normal style's font sets default row heights and what a column "character" is.
            XSSFFont normal = workbook.getFontAt(0);
            normal.setFontName(fontName);
            normal.setScheme(FontScheme.NONE);
            normal.setFontHeightInPoints(BODY_POINTS);
            XSSFFont body = font(false, false, BODY_POINTS);
            XSSFFont bold = font(true, false, BODY_POINTS);

            plain = style(body, true);
            wrapped = style(body, true);
            wrapped.setWrapText(true);
            title = style(font(true, false, TITLE_POINTS), true);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            helpTitle = style(font(true, false, TITLE_POINTS), true);
            label = style(bold, true);
            label.setWrapText(true);
            labelRight = style(bold, true);
            labelRight.setAlignment(HorizontalAlignment.RIGHT);
            value = style(body, true);
            value.setBorderBottom(BorderStyle.DOTTED);
            hint = style(font(false, true, BODY_POINTS), true);
            hint.setAlignment(HorizontalAlignment.RIGHT);
            header = boxed(style(bold, true));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            data = boxed(style(body, false));
            open = style(body, false);
            open.setWrapText(true);
            open.setVerticalAlignment(VerticalAlignment.TOP);
            boxed = boxed(style(body, true));
            boxedBold = boxed(style(bold, true));
            exampleTitle = style(bold, true);
            exampleTitle.setWrapText(true);
            fill(exampleTitle);
            example = boxed(style(body, true));
            fill(example);
            exampleBold = boxed(style(bold, true));
            fill(exampleBold);
        }

        private XSSFFont font(boolean bold, boolean italic, short points) {
            XSSFFont font = workbook.createFont();
            font.setFontName(fontName);
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private XSSFCellStyle style(XSSFFont font, boolean locked) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setLocked(locked);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static XSSFCellStyle boxed(XSSFCellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            return style;
        }

        private static void fill(XSSFCellStyle style) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
