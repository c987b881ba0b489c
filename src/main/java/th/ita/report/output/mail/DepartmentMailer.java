package th.ita.report.output.mail;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.definition.JobDefinition;
import th.ita.report.output.publishing.Checkpoints;
import th.ita.report.report.ValidationReport;

/**
 * The e-mail to departments after a run: works out who needs one ({@link Recipients}), leaves out
 * what was already sent unchanged ({@link SentLetters}), and sends the rest through the office's
 * server ({@link MailServer}), one e-mail per address. It never throws: every e-mail it meant to
 * send comes back as sent, unchanged or failed with the reason, and a failure never touches the run.
 */
@Component
public class DepartmentMailer {

    private static final Logger LOG = LoggerFactory.getLogger(DepartmentMailer.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What became of one e-mail. */
    public enum Outcome { SENT, UNCHANGED, FAILED }

    /**
     * One e-mail of the run.
     *
     * @param reason why it failed (null unless failed)
     */
    public record Delivery(String department, String address, Outcome outcome, MailReason reason) {
    }

    /**
     * How long a server that failed as a whole (down, silent, refusing the password) is not asked again
     * by this process: the other offices of a multi-office run do not each wait out its timeout, and the
     * next night's run asks again.
     */
    static final Duration REMEMBER_FAILURE = Duration.ofMinutes(5);

    /** A server that failed lately, and why. */
    private record Failing(MailReason reason, Instant until) {
    }

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();
    private final LetterWriter writer;
    private final Clock clock;
    private final Function<String, String> environment;
    private final Checkpoints checkpoints;

    @Autowired
    DepartmentMailer(ITemplateEngine templates, MessageSource messages, Clock clock,
                     ObjectProvider<Checkpoints> checkpoints) {
        this(templates, messages, clock, System::getenv, checkpoints.getIfAvailable(() -> Checkpoints.NONE));
    }

    DepartmentMailer(ITemplateEngine templates, MessageSource messages, Clock clock,
                     Function<String, String> environment, Checkpoints checkpoints) {
        this.writer = new LetterWriter(templates, messages);
        this.clock = clock;
        this.environment = environment;
        this.checkpoints = checkpoints;
    }

    /**
     * @param definitionFile the shared job definition (where a password file is looked for)
     * @param output         the office's output folder (where what was sent is recorded)
     * @return nothing when mail is off (no server or no department address)
     */
    public List<Delivery> send(ValidationReport report, JobDefinition definition, Path definitionFile, Path output) {
        MailServer.Setup setup = MailServer.of(definition, definitionFile, environment);
        if (setup instanceof MailServer.Off) {
            return List.of();
        }
        List<Letter> letters = Recipients.of(report, definition);
        SentLetters sent = SentLetters.of(output);
        Map<Letter, Delivery> deliveries = new LinkedHashMap<>();
        List<Letter> toSend = new ArrayList<>();
        for (Letter letter : letters) {
            if (sent.alreadySent(letter)) {
                deliveries.put(letter, delivery(letter, Outcome.UNCHANGED, null));
            } else {
                toSend.add(letter);
            }
        }
        MailReason stop = setup instanceof MailServer.Unusable unusable ? unusable.reason() : null;
        if (stop == null && !toSend.isEmpty()) {
            try {
                sent.checkWritable();
            } catch (UncheckedIOException e) {
                stop = MailReason.of("mail.error.history", sent.file().toString());
            }
        }
        MailServer server = setup instanceof MailServer.Ready ready ? ready.server() : null;
        JavaMailSenderImpl sender = server == null ? null : server.sender();
        if (stop == null && server != null) {
            Failing lately = failing.get(server.identity());
            stop = lately != null && lately.until().isAfter(clock.instant()) ? lately.reason() : null;
        }
        for (Letter letter : toSend) {
            if (stop != null) {
                // The server or the settings failed for an earlier e-mail: the same reason, without waiting again.
                deliveries.put(letter, delivery(letter, Outcome.FAILED, stop));
                continue;
            }
            if (!MailServer.isAddress(letter.address())) {
                deliveries.put(letter, delivery(letter, Outcome.FAILED, MailReason.of("mail.error.address",
                        letter.address())));
                continue;
            }
            try {
                sender.send(message(sender, server, letter, definition, report));
            } catch (Exception e) {
                SendFailure failure = SendFailure.of(e, server);
                LOG.warn("e-mail to {} <{}> not sent: {}", letter.department().name(), letter.address(), e.toString());
                deliveries.put(letter, delivery(letter, Outcome.FAILED, failure.reason()));
                if (failure.serverWide()) {
                    stop = failure.reason();
                    failing.put(server.identity(), new Failing(stop, clock.instant().plus(REMEMBER_FAILURE)));
                }
                continue;
            }
            failing.remove(server.identity());
            deliveries.put(letter, delivery(letter, Outcome.SENT, null));
            try {
                sent.sent(letter, clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("e-mail to {} <{}> sent but not recorded in {}: {}", letter.department().name(),
                        letter.address(), sent.file(), e.toString());
            }
            checkpoints.reached(Checkpoints.MAIL_SENT);
        }
        try {
            sent.keepOnly(letters);
        } catch (RuntimeException e) {
            LOG.warn("{} not updated: {}", sent.file(), e.toString());
        }
        return letters.stream().map(deliveries::get).toList();
    }

    private MimeMessage message(JavaMailSenderImpl sender, MailServer server, Letter letter, JobDefinition definition,
                                ValidationReport report) throws Exception {
        JobDefinition.Mail settings = definition.mail();
        LetterWriter.Written written = writer.write(letter, definition, server, blankToNull(settings.dropFolder()),
                blankToNull(settings.contact()), report.generatedAt());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(server.from(), server.fromName());
        helper.setTo(letter.address());
        if (server.replyTo() != null) {
            helper.setReplyTo(server.replyTo());
        }
        helper.setSubject(written.subject());
        helper.setSentDate(Date.from(Instant.now(clock)));
        helper.setText(written.text(), written.html());
        helper.addAttachment(written.attachmentName(), new ByteArrayResource(written.attachment()), XLSX);
        // Sent by a program: out-of-office replies and other auto-responders should not answer it (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static Delivery delivery(Letter letter, Outcome outcome, MailReason reason) {
        return new Delivery(letter.department().name(), letter.address(), outcome, reason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
