package th.ita.report.rendering;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.merge.FileOutcome;
import th.ita.report.text.Numerals;

/**
 * report.html, the page the office publishes. Thymeleaf's th:text escapes every cell, and the
 * template itself is the only template: workbook text is data, never evaluated.
 */
public final class ReportPage {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public ReportPage(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public String render(ReportContent report, CompiledRun run, Numerals numerals) {
        java.io.StringWriter out = new java.io.StringWriter();
        render(report, run, numerals, out);
        return out.toString();
    }

    /** Writes the page as it is made, so a long one is never held whole in memory. */
    public void render(ReportContent report, CompiledRun run, Numerals numerals, java.io.Writer out) {
        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("report", report);
        List<FileOutcome> sources = run.files().stream().filter(f -> f.status() == FileOutcome.Status.READ).toList();
        context.setVariable("sources", sources);
        String date = ThaiDates.longDate(run.generatedAt().toLocalDate(), numerals);
        String time = numerals.apply(run.generatedAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        context.setVariable("generatedLine", messages.getMessage("page.generated", new Object[] {date, time},
                DocumentText.THAI_LOCALE));
        context.setVariable("sourcesLine", messages.getMessage("page.sources",
                new Object[] {numerals.format(sources.size())}, DocumentText.THAI_LOCALE));
        templates.process("report/report", context, out);
    }
}
