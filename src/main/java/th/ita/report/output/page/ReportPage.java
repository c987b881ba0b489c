package th.ita.report.output.page;

import java.io.StringWriter;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.output.layout.ColumnWidths;
import th.ita.report.output.layout.Paper;
import th.ita.report.report.DocumentText;
import th.ita.report.report.CompiledRun;
import th.ita.report.report.ReportContent;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.text.Numerals;

/**
 * report.html, the page the office publishes: cover, title, intro and the table, and when it was
 * made. What it was made from (file names, digests) is the officer's business and stays in
 * report.json and the validation report. Thymeleaf's th:text escapes every cell, and the template
 * itself is the only template: workbook text is data, never evaluated.
 *
 * <p>Printed (report.pdf), the page follows the seed: the cover on its own page, then the table
 * with its header on the same page as its first rows, each row kept on one page, in columns as
 * wide as their content asks (the same {@link ColumnWidths} as the memo's table).
 */
public final class ReportPage {

    /** Sizes of the printed table (the print CSS's), for sizing its columns. */
    static final double PRINT_PT = 14;
    static final double PRINT_HEADER_PT = 11;
    static final double PRINT_PADDING_PT = 8.5;
    /** Printed table width: A4 landscape less 1.5 cm margins (26.7 cm), in twips. */
    static final int PRINT_WIDTH = Paper.A4_LONG - 2 * Paper.cm(1.5);

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public ReportPage(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public String render(ReportContent report, CompiledRun run, Numerals numerals) {
        StringWriter out = new StringWriter();
        render(report, run, numerals, out);
        return out.toString();
    }

    /** Writes the page as it is made, so a long one is never held whole in memory. */
    public void render(ReportContent report, CompiledRun run, Numerals numerals, Writer out) {
        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("report", report);
        context.setVariable("widths", percentages(report));
        String date = ThaiDates.longDate(run.generatedAt().toLocalDate(), numerals);
        String time = numerals.apply(run.generatedAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        context.setVariable("generatedLine", messages.getMessage("page.generated", new Object[] {date, time},
                DocumentText.THAI_LOCALE));
        templates.process("report/report", context, out);
    }

    /** Column widths as CSS percentages, from the content. */
    private static String[] percentages(ReportContent report) {
        int[] widths = new ColumnWidths(PRINT_PT, PRINT_HEADER_PT, PRINT_PADDING_PT)
                .widths(report.headings(), report.cellTexts(), PRINT_WIDTH);
        String[] css = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
            css[c] = "width: " + String.format(java.util.Locale.ROOT, "%.2f", 100.0 * widths[c] / PRINT_WIDTH) + "%";
        }
        return css;
    }
}
