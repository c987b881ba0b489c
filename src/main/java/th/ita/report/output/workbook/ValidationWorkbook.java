package th.ita.report.output.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.WorkbookUtil;
import org.springframework.context.MessageSource;

import th.ita.report.report.DocumentText;
import th.ita.report.report.ValidationReport;
import th.ita.report.merge.FileOutcome;
import th.ita.report.output.workbook.SheetsWriter.Style;

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

    private static final String FONT = "TH Sarabun New";

    private final MessageSource messages;

    public ValidationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public void write(ValidationReport report, OutputStream out) throws IOException {
        // Streamed: each row is written as it is made, so tens of thousands of problems need no memory.
        try (SheetsWriter sheets = new SheetsWriter(out, FONT)) {
            new Writer(sheets).write(report);
        }
    }

    /** One department's sheet alone (its files and problems), for the e-mail to that department. */
    public void writeDepartment(ValidationReport.Department department, OutputStream out) throws IOException {
        try (SheetsWriter sheets = new SheetsWriter(out, FONT)) {
            Writer writer = new Writer(sheets);
            writer.department(writer.reserve(department.name()), department.files(), department.problems());
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, DocumentText.THAI_LOCALE);
    }

    private final class Writer {

        private final SheetsWriter sheets;
        private final Set<String> sheetNames = new HashSet<>();

        Writer(SheetsWriter sheets) {
            this.sheets = sheets;
        }

        void write(ValidationReport report) throws IOException {
            String summaryName = reserve(message("validation.sheet.summary"));
            String otherName = report.otherFiles().isEmpty() ? null : reserve(message("validation.sheet.other"));
            // Sheet names first: the summary links to the departments' sheets, written after it.
            List<String> own = new ArrayList<>();
            for (ValidationReport.Department d : report.departments()) {
                own.add(d.files().isEmpty() && d.problems().isEmpty() ? null : reserve(d.name()));
            }
            sheets.startSheet(summaryName, new int[] {34, 16, 11, 11, 11, 10, 10, 10});
            header(List.of(message("validation.column.department"), message("validation.column.status"),
                    message("validation.column.rowsRead"), message("validation.column.rowsAccepted"),
                    message("validation.column.rowsRejected"), message("validation.column.errors"),
                    message("validation.column.warnings"), message("validation.column.notes")));
            for (int i = 0; i < report.departments().size(); i++) {
                ValidationReport.Department d = report.departments().get(i);
                sheets.row();
                String sheetName = own.get(i);
                string(d.name(), sheetName == null ? Style.TEXT : Style.LINK);
                if (sheetName != null) {
                    sheets.linkTo(sheetName);
                }
                string(message("validation.status." + d.status().word()), Style.TEXT);
                for (long n : new long[] {d.rowsRead(), d.rowsAccepted(), d.rowsRejected(), d.errorCount(),
                        d.warningCount(), d.noteCount()}) {
                    sheets.number(n, Style.NUMBER);
                }
            }
            ValidationReport.Totals t = report.totals();
            sheets.row();
            string(message("validation.sheet.total"), Style.TOTAL_TEXT);
            sheets.skip();
            for (long n : new long[] {t.rowsRead(), t.rowsAccepted(), t.rowsRejected(), t.errors(), t.warnings(), t.notes()}) {
                sheets.number(n, Style.TOTAL_NUMBER);
            }
            sheets.endSheet();
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i) != null) {
                    ValidationReport.Department d = report.departments().get(i);
                    department(own.get(i), d.files(), d.problems());
                }
            }
            if (otherName != null) {
                department(otherName, report.otherFiles().files(), report.otherFiles().problems());
            }
        }

        /** Files first (their status and, for a file not read, why), then the problems in report order. */
        private void department(String name, List<ValidationReport.FileLine> files, List<ValidationReport.Problem> problems)
                throws IOException {
            sheets.startSheet(name, new int[] {30, 18, 7, 8, 14, 80});
            header(List.of(message("validation.column.file"), message("validation.column.sheet"),
                    message("validation.column.row"), message("validation.column.cell"),
                    message("validation.column.severity"), message("validation.column.problem")));
            for (ValidationReport.FileLine f : files) {
                sheets.row();
                string(f.name(), Style.TEXT);
                sheets.skip();
                sheets.skip();
                sheets.skip();
                string(message("validation.fileStatus." + f.statusWord()),
                        f.status() == FileOutcome.Status.REJECTED ? Style.ERROR : Style.TEXT);
                string(f.read() ? message("validation.file.rows", String.valueOf(f.rowsRead()),
                        String.valueOf(f.rowsAccepted()), String.valueOf(f.rowsRejected())) : f.reason(), Style.TEXT);
            }
            for (ValidationReport.Problem p : problems) {
                sheets.row();
                string(p.file(), Style.TEXT);
                string(p.sheet(), Style.TEXT);
                if (p.row() != null) {
                    sheets.number(p.row(), Style.NUMBER);
                } else {
                    sheets.skip();
                }
                string(p.cell(), Style.TEXT);
                string(message("validation.severity." + p.severityWord()),
                        p.error() ? Style.ERROR : p.warning() ? Style.WARNING : Style.TEXT);
                string(p.message(), Style.TEXT);
            }
            sheets.endSheet();
        }

        private void header(List<String> titles) throws IOException {
            sheets.row();
            for (String title : titles) {
                string(title, Style.HEADER);
            }
        }

        /** A text cell as Excel shows it typed: cut to Excel's limit, format escapes kept literal, "=..." not a formula. */
        private void string(String value, Style style) throws IOException {
            if (value == null) {
                sheets.text(null, style);
                return;
            }
            String shown = value;
            if (value.length() > MAX_CELL_TEXT) {
                int cut = MAX_CELL_TEXT - 1;
                cut -= Character.isHighSurrogate(value.charAt(cut - 1)) ? 1 : 0;
                shown = value.substring(0, cut) + "\u2026";
            }
            if (shown.indexOf('_') >= 0) {
                shown = OOXML_ESCAPE.matcher(shown).replaceAll("_x005F_$1");
            }
            sheets.text(shown, style == Style.TEXT && looksLikeFormula(value) ? Style.QUOTED : style);
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
    }

    /** Text Excel would take for a formula if typed: =, +, - or @ first. */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
