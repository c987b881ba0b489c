package th.ita.report.output.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

import th.ita.report.report.DocumentText;
import th.ita.report.report.ValidationReport;
import th.ita.report.merge.FileOutcome;

/**
 * validation.xlsx: the same report as validation.html, for the officer who sorts and filters,
 * or forwards each department its own sheet. A summary sheet first (one line per department),
 * then one sheet per department that sent a file or has problems, then the other files.
 * Every text is a plain string cell: a workbook's "=1+1" stays text, never a formula.
 */
public final class ValidationWorkbook {

    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * Text such as "_x0041_" is an escape in the file format (Excel would show "A"); its underscore is
     * written escaped, as Excel itself does, so the text reads back as typed. (POI replaces control
     * characters, which the format cannot hold, with "?".)
     */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private static final int ROWS_IN_MEMORY = 200;

    private static final String FONT = "TH Sarabun New";
    private static final short FONT_POINTS = 14;

    private final MessageSource messages;

    public ValidationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public void write(ValidationReport report, OutputStream out) throws IOException {
        // Streamed: rows go to a temporary file as they are made (and the file is removed on close),
        // so a report with tens of thousands of problems fits in a small heap.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            new Writer(workbook).write(report);
            workbook.write(out);
        }
    }

    /** One department's sheet alone (its files and problems), for the e-mail to that department. */
    public void writeDepartment(ValidationReport.Department department, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Writer writer = new Writer(workbook);
            writer.department(workbook.createSheet(writer.reserve(department.name())), department.files(),
                    department.problems());
            workbook.write(out);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, DocumentText.THAI_LOCALE);
    }

    private final class Writer {

        private final SXSSFWorkbook workbook;
        private final Set<String> sheetNames = new HashSet<>();
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle quoted;
        private final CellStyle number;
        private final CellStyle error;
        private final CellStyle warning;
        private final CellStyle link;
        private final CellStyle totalText;
        private final CellStyle totalNumber;

        Writer(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font plain = font(false, null);
            Font bold = font(true, null);
            header = style(bold, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = style(plain, true);
            // Shown as typed and kept as text if a person edits the cell: no formula from "=...".
            quoted = style(plain, true);
            quoted.setQuotePrefixed(true);
            number = style(plain, false);
            error = style(font(true, IndexedColors.DARK_RED.getIndex()), true);
            warning = style(font(true, IndexedColors.BROWN.getIndex()), true);
            link = style(font(false, IndexedColors.BLUE.getIndex()), true);
            link.setQuotePrefixed(true);
            totalText = style(bold, true);
            totalNumber = style(bold, false);
        }

        void write(ValidationReport report) {
            String summaryName = reserve(message("validation.sheet.summary"));
            String otherName = report.otherFiles().isEmpty() ? null : reserve(message("validation.sheet.other"));
            Sheet summary = workbook.createSheet(summaryName);
            header(summary, List.of(message("validation.column.department"), message("validation.column.status"),
                    message("validation.column.rowsRead"), message("validation.column.rowsAccepted"),
                    message("validation.column.rowsRejected"), message("validation.column.errors"),
                    message("validation.column.warnings"), message("validation.column.notes")),
                    new int[] {34, 16, 11, 11, 11, 10, 10, 10});
            int r = 1;
            for (ValidationReport.Department d : report.departments()) {
                Row row = summary.createRow(r++);
                Cell name = string(row, 0, d.name(), text);
                string(row, 1, message("validation.status." + d.status().word()), text);
                number(row, 2, d.rowsRead(), number);
                number(row, 3, d.rowsAccepted(), number);
                number(row, 4, d.rowsRejected(), number);
                number(row, 5, d.errorCount(), number);
                number(row, 6, d.warningCount(), number);
                number(row, 7, d.noteCount(), number);
                if (!d.files().isEmpty() || !d.problems().isEmpty()) {
                    String sheetName = reserve(d.name());
                    department(workbook.createSheet(sheetName), d.files(), d.problems());
                    link(name, sheetName);
                }
            }
            ValidationReport.Totals t = report.totals();
            Row total = summary.createRow(r++);
            string(total, 0, message("validation.sheet.total"), totalText);
            number(total, 2, t.rowsRead(), totalNumber);
            number(total, 3, t.rowsAccepted(), totalNumber);
            number(total, 4, t.rowsRejected(), totalNumber);
            number(total, 5, t.errors(), totalNumber);
            number(total, 6, t.warnings(), totalNumber);
            number(total, 7, t.notes(), totalNumber);
            summary.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 2), 0, 7));
            if (otherName != null) {
                department(workbook.createSheet(otherName), report.otherFiles().files(), report.otherFiles().problems());
            }
            workbook.setActiveSheet(0);
        }

        /** Files first (their status and, for a file not read, why), then the problems in report order. */
        private void department(Sheet sheet, List<ValidationReport.FileLine> files, List<ValidationReport.Problem> problems) {
            header(sheet, List.of(message("validation.column.file"), message("validation.column.sheet"),
                    message("validation.column.row"), message("validation.column.cell"),
                    message("validation.column.severity"), message("validation.column.problem")),
                    new int[] {30, 18, 7, 8, 14, 80});
            int r = 1;
            for (ValidationReport.FileLine f : files) {
                Row row = sheet.createRow(r++);
                string(row, 0, f.name(), text);
                string(row, 4, message("validation.fileStatus." + f.statusWord()),
                        f.status() == FileOutcome.Status.REJECTED ? error : text);
                string(row, 5, f.read() ? message("validation.file.rows", String.valueOf(f.rowsRead()),
                        String.valueOf(f.rowsAccepted()), String.valueOf(f.rowsRejected())) : f.reason(), text);
            }
            for (ValidationReport.Problem p : problems) {
                Row row = sheet.createRow(r++);
                string(row, 0, p.file(), text);
                string(row, 1, p.sheet(), text);
                if (p.row() != null) {
                    number(row, 2, p.row(), number);
                }
                string(row, 3, p.cell(), text);
                string(row, 4, message("validation.severity." + p.severityWord()),
                        p.error() ? error : p.warning() ? warning : text);
                string(row, 5, p.message(), text);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, 5));
        }

        private void header(Sheet sheet, List<String> titles, int[] widths) {
            Row row = sheet.createRow(0);
            for (int c = 0; c < titles.size(); c++) {
                string(row, c, titles.get(c), header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }

        private Cell string(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            if (value == null) {
                cell.setCellStyle(style);
                return cell;
            }
            String shown = value;
            if (value.length() > MAX_CELL_TEXT) {
                int cut = MAX_CELL_TEXT - 1;
                cut -= Character.isHighSurrogate(value.charAt(cut - 1)) ? 1 : 0;
                shown = value.substring(0, cut) + "\u2026";
            }
            cell.setCellValue(OOXML_ESCAPE.matcher(shown).replaceAll("_x005F_$1"));
            cell.setCellStyle(style == text && looksLikeFormula(shown) ? quoted : style);
            return cell;
        }

        private void number(Row row, int column, long value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private void link(Cell cell, String sheetName) {
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(link);
        }

        /** A safe sheet name for the text, unique in the workbook the way Excel compares names. */
        private String reserve(String wanted) {
            String base = WorkbookUtil.createSafeSheetName(wanted == null ? "" : wanted.strip(), '_').strip();
            if (base.isEmpty() || base.equals("empty")) {
                base = "_";
            }
            String name = base;
            for (int n = 2; !free(name); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
            }
            sheetNames.add(name.toLowerCase(Locale.ROOT));
            return name;
        }

        private boolean free(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            // "History" is reserved by Excel; an apostrophe may not start or end a name.
            return !sheetNames.contains(key) && !key.equals("history");
        }

        private Font font(boolean bold, Short color) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints(FONT_POINTS);
            font.setBold(bold);
            if (color != null) {
                font.setColor(color);
            }
            return font;
        }

        private CellStyle style(Font font, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(wrap);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            return style;
        }
    }

    /** Text Excel would take for a formula if typed: =, +, - or @ first. */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
