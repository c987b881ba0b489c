package th.ita.report.output.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import th.ita.report.definition.JobDefinition;

/**
 * The office's mail server as its job definition's {@code mail:} section gives it, read once per
 * run. A slip in the section never stops a compile: it makes the setup {@link Unusable}, and every
 * e-mail of the run is reported as not sent, with the reason.
 *
 * <p>The password never comes from the definition itself: it is shared on the office's network,
 * copied between offices and (for an office of a multi-office run) lies in a folder the departments
 * write to. It comes from an environment variable (a service or systemd unit sets it) or from a file
 * of its own beside the definition, which the officer can keep readable by the program's account only.
 */
public record MailServer(String host, int port, Security security, String username, String password, String from,
                         String fromName, String replyTo, Duration timeout) {

    /** How the connection is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, required: the password never travels in clear. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        SSL(465),
        /** No encryption: only for a relay on the office's own network that asks no password. */
        NONE(25);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(2);

    /** What the definition's mail section gives: no mail, a server to send through, or why not. */
    public sealed interface Setup permits Off, Ready, Unusable {
    }

    /** No mail section, no host, or {@code enabled: false}. */
    public record Off() implements Setup {
    }

    public record Ready(MailServer server) implements Setup {
    }

    public record Unusable(MailReason reason) implements Setup {
    }

    /**
     * @param definitionFile the shared job definition ({@code password-file} is relative to its folder)
     * @param environment    the process environment ({@code System::getenv}), by variable name
     */
    public static Setup of(JobDefinition definition, Path definitionFile, Function<String, String> environment) {
        JobDefinition.Mail mail = definition.mail();
        if (mail == null || blank(mail.host())) {
            return new Off();
        }
        String enabled = text(mail.enabled()).toLowerCase(Locale.ROOT);
        switch (enabled) {
            case "", "true", "yes", "on", "1" -> { }
            case "false", "no", "off", "0" -> {
                return new Off();
            }
            default -> {
                return unusable("mail.setting.enabled", mail.enabled());
            }
        }
        Security security;
        try {
            security = blank(mail.security()) ? Security.STARTTLS
                    : Security.valueOf(mail.security().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return unusable("mail.setting.security", mail.security());
        }
        int port = security.defaultPort;
        if (!blank(mail.port())) {
            try {
                port = Integer.parseInt(mail.port().strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                return unusable("mail.setting.port", mail.port());
            }
        }
        Duration timeout = DEFAULT_TIMEOUT;
        if (!blank(mail.timeout())) {
            try {
                String t = mail.timeout().strip();
                timeout = t.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(t)) : Duration.parse(t);
            } catch (DateTimeParseException | NumberFormatException e) {
                timeout = Duration.ZERO;
            }
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
                return unusable("mail.setting.timeout", mail.timeout());
            }
        }
        if (!blank(mail.password())) {
            return unusable("mail.setting.inlinePassword");
        }
        String username = blank(mail.username()) ? null : mail.username().strip();
        String password = null;
        if (username != null) {
            String fromEnvironment = blank(mail.passwordEnv()) ? null : environment.apply(mail.passwordEnv().strip());
            if (!blank(fromEnvironment)) {
                password = fromEnvironment;
            } else if (!blank(mail.passwordFile())) {
                Path file = definitionFile.toAbsolutePath().getParent().resolve(mail.passwordFile().strip()).normalize();
                try {
                    password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
                } catch (IOException | RuntimeException e) {
                    return unusable("mail.setting.passwordFile", file.toString());
                }
                if (password.isEmpty()) {
                    return unusable("mail.setting.passwordFile", file.toString());
                }
            } else if (!blank(mail.passwordEnv())) {
                return unusable("mail.setting.passwordEnv", mail.passwordEnv().strip());
            } else {
                return unusable("mail.setting.noPassword");
            }
        }
        String from = blank(mail.from()) ? (username != null && username.contains("@") ? username : null)
                : mail.from().strip();
        if (from == null) {
            return unusable("mail.setting.noFrom");
        }
        if (!isAddress(from)) {
            return unusable("mail.setting.address", "from", from);
        }
        String replyTo = blank(mail.replyTo()) ? null : mail.replyTo().strip();
        if (replyTo != null && !isAddress(replyTo)) {
            return unusable("mail.setting.address", "reply-to", replyTo);
        }
        JobDefinition.Organisation organisation = definition.organisation();
        String fromName = !blank(mail.fromName()) ? mail.fromName().strip()
                : !blank(organisation.shortName()) ? organisation.shortName() : organisation.name();
        return new Ready(new MailServer(mail.host().strip(), port, security, username, password, from, fromName,
                replyTo, timeout));
    }

    /** One address, strictly as RFC 822 wants it (local@domain, no list, no display name). */
    static boolean isAddress(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            return address.getPersonal() == null && address.getAddress().equals(text) && text.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    /** The same server with the same account: what a failure of the server as a whole is remembered by. */
    String identity() {
        return security + " " + address() + " " + username + " " + (password == null ? 0 : password.hashCode());
    }

    /** Where "host:port" is written for the officer. */
    public String address() {
        return host + ":" + port;
    }

    /**
     * Spring's sender for this server. Every wait is bounded: a server that accepts the connection and
     * then says nothing costs the run {@link #timeout} at most, never a hang.
     */
    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        String protocol = security == Security.SSL ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(host);
        sender.setPort(port);
        sender.setUsername(username);
        sender.setPassword(password);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties p = sender.getJavaMailProperties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        p.setProperty(prefix + "connectiontimeout", millis);
        p.setProperty(prefix + "timeout", millis);
        p.setProperty(prefix + "writetimeout", millis);
        p.setProperty(prefix + "auth", String.valueOf(username != null));
        if (security == Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return sender;
    }

    private static Unusable unusable(String code, Object... arguments) {
        return new Unusable(MailReason.of(code, arguments));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        // Never the password, should a record ever be logged.
        return "MailServer[" + address() + ", " + security + ", user " + username + ", from " + from + "]";
    }
}
