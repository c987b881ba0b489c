package th.ita.report.rendering;

import org.springframework.context.MessageSource;

import th.ita.report.merge.FileOutcome;
import th.ita.report.validation.Finding;

/** Turns finding and file-outcome codes into the Thai sentences the departments read. */
public final class FindingMessages {

    private final MessageSource messages;

    public FindingMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Finding finding) {
        return messages.getMessage(finding.code(), finding.arguments().toArray(), finding.code(), DocumentText.THAI_LOCALE);
    }

    public String reason(FileOutcome outcome) {
        return outcome.reasonCode() == null ? ""
                : messages.getMessage(outcome.reasonCode(), outcome.reasonArguments().toArray(), outcome.reasonCode(),
                        DocumentText.THAI_LOCALE);
    }
}
