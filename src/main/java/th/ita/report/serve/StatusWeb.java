package th.ita.report.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.MapPropertySource;

import th.ita.report.config.ItaSettings;

/**
 * Starts and stops the status page's web server: a web application context of its own
 * ({@link StatusWebConfiguration}) whose parent is the main application, so the page reads the run
 * history and the settings through the main context's beans while the batch commands' context stays
 * a plain, non-web one.
 *
 * <p>The child is built directly rather than with {@code SpringApplication}: the jar's main context
 * is Spring AOT-processed and runs with {@code spring.aot.enabled=true}, under which a
 * {@code SpringApplication} would look for a generated initializer of its own main class and, without
 * one, refuse to start; it would also run the start-up listeners (logging, banner) a second time. A
 * plain context refreshes from its configuration class, is small, and starts in well under a second.
 *
 * <p>The server's settings come from {@code ita.serve.*} only, put first so that no
 * {@code server.*} line in a properties file beside the program can widen the address.
 */
final class StatusWeb implements AutoCloseable {

    private final AnnotationConfigServletWebServerApplicationContext context;

    private StatusWeb(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
    }

    /**
     * @throws StartException when the server cannot start (the port is in use, the address is not this machine's)
     */
    static StatusWeb start(ApplicationContext application, ItaSettings.Serve settings, Served served)
            throws StartException {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.setId(application.getId() + "-status");
        context.setParent(application);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ita.serve", properties(settings)));
        context.registerBean(Served.class, () -> served);
        context.register(StatusWebConfiguration.class);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            // refresh() has closed what it started.
            throw new StartException(rootMessage(e));
        }
        return new StatusWeb(context);
    }

    /** The port the server listens on (the one chosen when the setting is 0). */
    int port() {
        return context.getWebServer().getPort();
    }

    /** The address the server listens on. */
    InetAddress address() {
        return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector()
                .getProperty("address") instanceof InetAddress bound ? bound : null;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The server's settings from serve's own: address, port, timeouts, and error pages that say nothing technical. */
    static Map<String, Object> properties(ItaSettings.Serve settings) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.address", settings.address());
        p.put("server.port", settings.port());
        // A connection that has not sent its whole request by then is closed (half-open connections).
        p.put("server.tomcat.connection-timeout", settings.connectionTimeout().toMillis() + "ms");
        p.put("server.tomcat.keep-alive-timeout", settings.connectionTimeout().toMillis() + "ms");
        // The only form has one short field.
        p.put("server.tomcat.max-http-form-post-size", "4KB");
        p.put("server.tomcat.max-swallow-size", "64KB");
        p.put("server.servlet.register-default-servlet", false);
        p.put("server.shutdown", "immediate");
        p.put("spring.web.error.whitelabel.enabled", false);
        p.put("spring.web.error.include-stacktrace", "never");
        p.put("spring.web.error.include-message", "never");
        p.put("spring.web.error.include-exception", false);
        p.put("spring.web.error.include-binding-errors", "never");
        p.put("spring.web.error.include-path", "never");
        p.put("server.servlet.encoding.force", true);
        return p;
    }

    /** The page's address to print: this machine's loopback address when listening on all of them. */
    static String address(ItaSettings.Serve settings, int port) {
        String host = settings.address();
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) {
                host = ItaSettings.Serve.LOOPBACK;
            } else if (host.contains(":")) {
                host = "[" + host + "]";
            }
        } catch (UnknownHostException e) {
            // Checked when the settings were read: an IP address, never looked up.
        }
        return "http://" + host + ":" + port + "/";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The page's server did not start, with the reason the system gave. */
    static final class StartException extends Exception {

        StartException(String message) {
            super(message);
        }
    }
}
