package th.ita.report.report;

import java.util.List;

import org.springframework.context.MessageSource;

import th.ita.report.merge.FileOutcome;
import th.ita.report.text.Numerals;
import th.ita.report.validation.Finding;

/**
 * Turns finding and file-outcome codes into the Thai sentences the departments read. The one place
 * their arguments are written out: numbers (counts, years, measure numbers) in Thai digits, like
 * the digits of the messages themselves; quoted text as the department wrote it.
 */
public final class FindingMessages {

    private final MessageSource messages;

    public FindingMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Finding finding) {
        return messages.getMessage(finding.code(), arguments(finding.arguments()), finding.code(), DocumentText.THAI_LOCALE);
    }

    public String reason(FileOutcome outcome) {
        return outcome.reasonCode() == null ? ""
                : messages.getMessage(outcome.reasonCode(), arguments(outcome.reasonArguments()), outcome.reasonCode(),
                        DocumentText.THAI_LOCALE);
    }

    private static Object[] arguments(List<Object> arguments) {
        return arguments.stream()
                .map(a -> a instanceof Number n ? Numerals.thai().format(n.longValue()) : a)
                .toArray();
    }
}
