package th.ita.report.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.report.output.publishing.Publisher;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The status page's web server: the JDK's own {@link HttpServer}, bound to 127.0.0.1 only (never
 * to all interfaces), answering GET and nothing else. It knows exactly these paths: {@code /}
 * (the status page) and {@code /files/<name>} for a fixed list of output file names, each mapped
 * to a fixed file at the top of the output folder. Nothing from the request becomes part of a
 * file path, so {@code ..}, encoded or not, simply names no known path and gets 404. Requests whose
 * Host header is not a loopback name are refused (a web page elsewhere cannot read this one by
 * pointing its own domain at 127.0.0.1).
 */
public final class StatusServer implements AutoCloseable {

    /** The address the server binds to: IPv4 loopback, spelled out so no setting can widen it. */
    public static final InetAddress LOOPBACK = loopback();

    /** The files it serves, by the name in {@code /files/<name>}: always this name in the output folder. */
    public static final Map<String, String> FILES = files();

    static final String PAGE = "/";
    static final String FILES_PREFIX = "/files/";

    private static final String HTML = "text/html; charset=UTF-8";
    private static final String TEXT = "text/plain; charset=UTF-8";
    // Every page served here is self-contained: inline styles, nothing fetched, no scripts.
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(StatusServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path output;
    private final Supplier<String> page;
    private final Map<Integer, String> reasons;

    private StatusServer(HttpServer server, ExecutorService executor, Path output, Supplier<String> page,
                         Map<Integer, String> reasons) {
        this.server = server;
        this.executor = executor;
        this.output = output;
        this.page = page;
        this.reasons = reasons;
    }

    /**
     * Starts serving on 127.0.0.1 at the port (0 for any free one).
     *
     * @param page    renders the status page for each request
     * @param reasons the short bodies of error answers, by status code (403, 404, 405, 500)
     * @throws IOException when the port cannot be bound (in use, not allowed)
     */
    public static StatusServer start(int port, Path output, Supplier<String> page, Map<Integer, String> reasons)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "status-http");
            thread.setDaemon(true);
            return thread;
        });
        StatusServer status = new StatusServer(server, executor, output.toAbsolutePath().normalize(), page,
                Map.copyOf(reasons));
        server.createContext("/", status::handle);
        server.setExecutor(executor);
        server.start();
        return status;
    }

    /** Where it listens: always 127.0.0.1, with the port actually bound. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-store");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (!loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                error(exchange, 403);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                headers.set("Allow", "GET");
                error(exchange, 405);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (PAGE.equals(path)) {
                page(exchange);
            } else if (path != null && path.startsWith(FILES_PREFIX) && FILES.containsKey(path.substring(FILES_PREFIX.length()))) {
                file(exchange, path.substring(FILES_PREFIX.length()));
            } else {
                error(exchange, 404);
            }
        } catch (IOException e) {
            // The browser went away mid-answer: nothing to do.
            log.debug("status request failed", e);
        } catch (RuntimeException e) {
            log.warn("status page failed: {}", e.toString(), e);
            try {
                error(exchange, 500);
            } catch (IOException | RuntimeException ignored) {
                // headers already sent
            }
        } finally {
            exchange.close();
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", HTML);
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        send(exchange, 200, body);
    }

    private void file(HttpExchange exchange, String requested) throws IOException {
        // The name is looked up among the fixed entries; the path is built from the entry, not the request.
        Map.Entry<String, String> entry = FILES.entrySet().stream().filter(e -> e.getKey().equals(requested))
                .findFirst().orElse(null);
        if (entry == null) {
            error(exchange, 404);
            return;
        }
        Path file = Publisher.published(output, entry.getKey()).orElse(null);
        if (file == null) {
            error(exchange, 404);
            return;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            error(exchange, 404);
            return;
        }
        try (channel) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", entry.getValue());
            if (entry.getValue().startsWith("text/html")) {
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            boolean download = entry.getKey().endsWith(".docx") || entry.getKey().endsWith(".xlsx");
            headers.set("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + entry.getKey() + "\"");
            // Size and content from the one open file: a run publishing meanwhile replaces the name, not this file.
            long size = channel.size();
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            if (size > 0) {
                try (OutputStream body = exchange.getResponseBody()) {
                    Channels.newInputStream(channel).transferTo(body);
                }
            }
        }
    }

    private void error(HttpExchange exchange, int status) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TEXT);
        send(exchange, status, reasons.getOrDefault(status, String.valueOf(status)).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        // A HEAD request (refused with 405) gets the status and headers, no body.
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** 127.0.0.1, localhost or [::1], with any port (an SSH tunnel may use another local port). */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else {
            int colon = name.indexOf(':');
            name = colon < 0 ? name : name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("memo.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        files.put("publication-request.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        files.put("report.html", HTML);
        files.put("validation.html", HTML);
        files.put("validation.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        files.put("report.json", "application/json; charset=UTF-8");
        files.put("memo.pdf", "application/pdf");
        files.put("publication-request.pdf", "application/pdf");
        files.put("report.pdf", "application/pdf");
        return java.util.Collections.unmodifiableMap(files);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
