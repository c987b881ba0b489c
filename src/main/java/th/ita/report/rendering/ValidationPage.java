package th.ita.report.rendering;

import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.text.Numerals;

/**
 * validation.html, the page that tells each department what to fix. Like report.html it is
 * one self-contained file; every text that came from a workbook or a file name goes through
 * th:text (escaped) and is never evaluated. Counts follow the office's digit style; cell
 * references and row numbers stay as Excel shows them.
 */
public final class ValidationPage {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public ValidationPage(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public String render(ValidationReport report, Numerals numerals) {
        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("report", report);
        context.setVariable("totals", report.totals());
        context.setVariable("numerals", numerals);
        String date = ThaiDates.longDate(report.generatedAt().toLocalDate(), numerals);
        String time = numerals.apply(report.generatedAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        context.setVariable("generatedLine", messages.getMessage("page.generated", new Object[] {date, time},
                DocumentText.THAI_LOCALE));
        return templates.process("validation/validation", context);
    }
}
