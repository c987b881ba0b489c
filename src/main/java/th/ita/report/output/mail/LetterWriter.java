package th.ita.report.output.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.output.page.ProblemList;
import th.ita.report.output.workbook.ValidationWorkbook;
import th.ita.report.report.DocumentText;
import th.ita.report.report.ValidationReport;
import th.ita.report.template.DepartmentTemplate;
import th.ita.report.template.TemplateFiles;
import th.ita.report.text.Numerals;
import th.ita.report.text.ThaiMessages;

/**
 * Writes one department's e-mail: the Thai subject, the HTML body and its plain-text alternative
 * (both from templates/mail/, out of the department's part of the validation report), and the
 * attachment: the department's own sheet of validation.xlsx when it has problems, its
 * ready-to-fill form when nothing usable came.
 */
final class LetterWriter {

    /** How many problems of one kind (file and rule) the body lists; the attachment has every one. */
    static final int PER_KIND = 20;

    /** The e-mail, ready to put into a message. */
    record Written(String subject, String html, String text, String attachmentName, byte[] attachment) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messageSource;
    private final ThaiMessages messages;

    LetterWriter(ITemplateEngine templates, MessageSource messageSource) {
        this.templates = templates;
        this.messageSource = messageSource;
        this.messages = new ThaiMessages(messageSource);
    }

    Written write(Letter letter, JobDefinition definition, MailServer server, String dropFolder, String contact,
                  ZonedDateTime checkedAt) throws IOException {
        Numerals numerals = Numerals.of(definition.rendering().thaiDigits());
        ValidationReport.Department department = letter.department();
        JobDefinition.Organisation organisation = definition.organisation();
        String shortName = organisation.shortName() == null || organisation.shortName().isBlank()
                ? organisation.name() : organisation.shortName();
        String fiscalYear = numerals.format(letter.fiscalYear());
        long toFix = Recipients.toFix(department);
        String subject = messages.get("mail.subject." + letter.kind().word(), fiscalYear, shortName, department.name(),
                numerals.format(toFix));

        ByteArrayOutputStream attachment = new ByteArrayOutputStream();
        String attachmentName;
        if (letter.kind() == Letter.Kind.PROBLEMS) {
            attachmentName = TemplateFiles.fileName(messages.get("mail.attachment.problems", department.name()));
            new ValidationWorkbook(messageSource).writeDepartment(department, attachment);
        } else {
            attachmentName = TemplateFiles.fileName(department.name());
            new DepartmentTemplate(messageSource).write(definition, definitionDepartment(definition, department),
                    attachment);
        }

        Context context = new Context(DocumentText.THAI_LOCALE);
        context.setVariable("subject", subject);
        context.setVariable("kind", letter.kind().word());
        context.setVariable("department", department);
        context.setVariable("problems", ProblemList.of(department.problems(), PER_KIND));
        context.setVariable("numerals", numerals);
        context.setVariable("organisation", organisation.name());
        context.setVariable("fiscalYear", fiscalYear);
        context.setVariable("checkedAt", ThaiDates.moment(checkedAt, numerals));
        context.setVariable("toFix", numerals.format(toFix));
        context.setVariable("attachmentName", attachmentName);
        context.setVariable("dropFolder", dropFolder);
        context.setVariable("replyTo", server.replyTo());
        context.setVariable("contact", contact);
        JobDefinition.Signatory officer = definition.signatory();
        String rank = officer.rank() == null ? "" : officer.rank().strip();
        context.setVariable("officer", rank + officer.name());
        context.setVariable("officerPosition", officer.position() == null ? "" : officer.position());
        String html = templates.process("mail/department.html", context);
        String text = templates.process("mail/department.txt", context);
        return new Written(subject, html, text, attachmentName, attachment.toByteArray());
    }

    private static JobDefinition.Department definitionDepartment(JobDefinition definition,
                                                                 ValidationReport.Department department) {
        return definition.departments().stream().filter(d -> d.name().equals(department.name())).findFirst()
                .orElseGet(() -> new JobDefinition.Department(department.name(), java.util.List.of()));
    }
}
