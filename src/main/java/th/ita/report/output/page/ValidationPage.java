package th.ita.report.output.page;

import java.io.StringWriter;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.report.DocumentText;
import th.ita.report.report.ValidationReport;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.text.Numerals;

/**
 * validation.html, the page that tells each department what to fix. Like report.html it is
 * one self-contained file; every text that came from a workbook or a file name goes through
 * th:text (escaped) and is never evaluated. Counts follow the office's digit style; cell
 * references and row numbers stay as Excel shows them.
 */
public final class ValidationPage {

    /** How many problems of one kind (file and rule) the page lists before it only counts the rest. */
    public static final int DEFAULT_PER_KIND = 50;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final int perKind;
    private String emblemNotice;

    public ValidationPage(ITemplateEngine templates, MessageSource messages) {
        this(templates, messages, DEFAULT_PER_KIND);
    }

    public ValidationPage(ITemplateEngine templates, MessageSource messages, int perKind) {
        this.templates = templates;
        this.messages = messages;
        this.perKind = Math.max(1, perKind);
    }

    /** The Thai notice that the memo has no Garuda emblem yet (null: none), shown at the top for the officer. */
    public ValidationPage emblemNotice(String notice) {
        this.emblemNotice = notice;
        return this;
    }

    /** The problems as the page lists them (used by the template). */
    public ProblemList listed(java.util.List<ValidationReport.Problem> problems) {
        return ProblemList.of(problems, perKind);
    }

    public String render(ValidationReport report, Numerals numerals) {
        StringWriter out = new StringWriter();
        render(report, numerals, out);
        return out.toString();
    }

    /** Writes the page as it is made, so a long one is never held whole in memory. */
    public void render(ValidationReport report, Numerals numerals, Writer out) {
        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("report", report);
        context.setVariable("totals", report.totals());
        context.setVariable("numerals", numerals);
        String date = ThaiDates.longDate(report.generatedAt().toLocalDate(), numerals);
        String time = numerals.apply(report.generatedAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        context.setVariable("generatedLine", messages.getMessage("page.generated", new Object[] {date, time},
                DocumentText.THAI_LOCALE));
        context.setVariable("page", this);
        context.setVariable("emblemNotice", emblemNotice);
        templates.process("validation/validation", context, out);
    }
}
