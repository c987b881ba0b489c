package th.ita.report.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Keeps other web sites from pressing the "run now" button through the officer's browser (CSRF),
 * without sessions or Spring Security, because the page has no users to log in and nothing else to
 * protect: the form carries a random token made once per process, which a page of another origin
 * cannot read (the Host check keeps it from reading this one through a name of its own); the
 * browser's {@code Origin} header, when sent, must be this page's own, and its
 * {@code Sec-Fetch-Site}, when sent, must say {@code same-origin}. A cookie would add nothing: the
 * token is never in a URL and is worthless to anyone who can read the page anyway.
 */
final class RunNowGuard {

    static final String FIELD = "token";

    private final String token;

    RunNowGuard() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The token the page's form sends back. */
    String token() {
        return token;
    }

    /**
     * @param submitted the form's token (null when missing)
     * @param origin    the request's Origin header (null when not sent)
     * @param fetchSite the request's Sec-Fetch-Site header (null when not sent)
     * @param host      the request's Host header (already checked to be one this page answers to)
     */
    boolean allows(String submitted, String origin, String fetchSite, String host) {
        if (submitted == null || !MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        if (origin != null && (host == null || !origin.toLowerCase(Locale.ROOT).equals(
                "http://" + host.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return fetchSite == null || fetchSite.equals("same-origin");
    }
}
