package th.ita.report.output.mail;

import java.util.List;

import th.ita.report.text.ThaiMessages;

/**
 * Why an e-mail was not sent, as a message code (messages.properties, {@code mail.*}) and its
 * arguments, worded in Thai only when it is reported. Arguments that must keep their Arabic digits
 * (ports, addresses) are passed as text.
 */
public record MailReason(String code, List<Object> arguments) {

    public MailReason {
        arguments = List.copyOf(arguments);
    }

    static MailReason of(String code, Object... arguments) {
        return new MailReason(code, List.of(arguments));
    }

    public String wording(ThaiMessages messages) {
        return messages.get(code, arguments.toArray());
    }
}
