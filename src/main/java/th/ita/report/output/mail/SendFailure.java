package th.ita.report.output.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLException;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Why sending an e-mail failed, in words the officer can act on, and whether the cause is the
 * server (down, unreachable, refusing the password or the encryption) rather than the one e-mail:
 * after a server failure the run tries no other e-mail, so a dead server costs it one timeout at most.
 */
record SendFailure(MailReason reason, boolean serverWide) {

    static SendFailure of(Exception e, MailServer server) {
        String where = server.address();
        List<Throwable> causes = causes(e);
        for (Throwable t : causes) {
            if (t instanceof MailAuthenticationException || t instanceof AuthenticationFailedException) {
                return server(MailReason.of("mail.error.auth", where));
            }
        }
        for (Throwable t : causes) {
            if (t instanceof UnknownHostException) {
                return server(MailReason.of("mail.error.unknownHost", server.host()));
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return server(MailReason.of("mail.error.refused", where));
            }
            if (t instanceof SocketTimeoutException) {
                return server(MailReason.of("mail.error.timeout", where, server.timeout().toSeconds()));
            }
            if (t instanceof SSLException) {
                return server(MailReason.of("mail.error.tls", where));
            }
            if (t.getMessage() != null && t.getMessage().contains("STARTTLS")) {
                return server(MailReason.of("mail.error.starttls", where));
            }
        }
        for (Throwable t : causes) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return new SendFailure(MailReason.of("mail.error.recipient", join(refused.getInvalidAddresses())), false);
            }
        }
        Throwable last = causes.get(causes.size() - 1);
        String message = last.getMessage() == null ? last.getClass().getSimpleName()
                : last.getMessage().lines().findFirst().orElse("");
        return new SendFailure(MailReason.of("mail.error.other", message), false);
    }

    private static SendFailure server(MailReason reason) {
        return new SendFailure(reason, true);
    }

    /** The exception, its causes, and for Spring's send failure each message's own exception and causes. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> roots = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException send) {
            roots.addAll(List.of(send.getMessageExceptions()));
            Map<Object, Exception> failed = send.getFailedMessages();
            roots.addAll(failed.values());
        }
        for (int i = 0; i < roots.size(); i++) {
            for (Throwable t = roots.get(i); t != null && seen.add(t); t = t.getCause()) {
                all.add(t);
                if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null
                        && m.getNextException() != t.getCause()) {
                    roots.add(m.getNextException());
                }
            }
        }
        return all;
    }

    private static String join(Address[] addresses) {
        List<String> text = new ArrayList<>();
        for (Address a : addresses) {
            text.add(a.toString());
        }
        return String.join(", ", text);
    }
}
