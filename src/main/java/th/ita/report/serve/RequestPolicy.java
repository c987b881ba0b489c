package th.ita.report.serve;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request to the status page must be, checked before anything answers it: addressed to
 * a name this page answers to (localhost, 127.0.0.1, [::1], with any port, and the names set in
 * {@code ita.serve.hosts}), so that a web page elsewhere cannot read this one by pointing a name of
 * its own at 127.0.0.1 (DNS rebinding); and a GET or HEAD, except the "run now" form's POST. A
 * refusal is answered by the server's Thai error page (403, 405). Every answer, error pages
 * included, is marked not to be cached, framed, sniffed or sent on as a referrer, and may use only
 * what it carries inline ({@link #CONTENT_SECURITY_POLICY}).
 */
final class RequestPolicy extends OncePerRequestFilter {

    /** Self-contained pages: inline styles and images only, no scripts, no forms. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    /** The status page itself: the same, with its one form posting back here. */
    static final String PAGE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("form-action 'none'",
            "form-action 'self'");

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> READING = Set.of("GET", "HEAD");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private final Set<String> hosts;

    /** @param extraHosts names besides the loopback ones that the page answers to ({@code ita.serve.hosts}) */
    RequestPolicy(List<String> extraHosts) {
        this.hosts = extraHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (!allowedHost(request.getHeader("Host"))) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        String method = request.getMethod();
        boolean runNow = StatusController.RUN.equals(request.getRequestURI());
        if (!READING.contains(method) && !(runNow && "POST".equals(method))) {
            response.setHeader("Allow", runNow ? "POST" : "GET, HEAD");
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** A loopback name or a configured one, with any port (an SSH tunnel may use another local port). */
    boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int end = name.startsWith("[") ? name.indexOf(']') + 1 : name.indexOf(':');
        if (end > 0 && end < name.length()) {
            // Only a port may follow the name.
            if (!PORT.matcher(name.substring(end)).matches()) {
                return false;
            }
            name = name.substring(0, end);
        }
        return LOOPBACK.contains(name) || hosts.contains(name);
    }
}
