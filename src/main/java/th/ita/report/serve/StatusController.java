package th.ita.report.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import th.ita.report.output.overview.Overview;
import th.ita.report.output.overview.OverviewWriter;

/**
 * The status page's addresses: {@code /} (the page), {@code POST /run} (the officer's "run now"
 * button), {@code /files/<name>} for the fixed list of published files and, in offices mode,
 * {@code /files/<office>/<name>} for an office's. Only in serve's own web context: the batch
 * commands' application has no web server, and no controller.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StatusController {

    static final String RUN = "/run";
    static final String FILES = "/files/";

    /** What a run-now request came to, as the page says it after the redirect. */
    private static final Set<String> NOTICES = Set.of("started", "busy");

    private final StatusPage page;
    private final Served served;
    private final RunNowGuard guard;

    StatusController(StatusPage page, Served served, RunNowGuard guard) {
        this.page = page;
        this.served = served;
        this.guard = guard;
    }

    @GetMapping("/")
    String page(@RequestParam(name = "run", required = false) String run, Model model, HttpServletResponse response) {
        model.addAllAttributes(page.model(served.site()));
        model.addAttribute("token", guard.token());
        model.addAttribute("runNotice", run != null && NOTICES.contains(run) ? run : null);
        response.setHeader("Content-Security-Policy", RequestPolicy.PAGE_CONTENT_SECURITY_POLICY);
        return "status/status";
    }

    /** Asks for a compile on the scheduler's thread, then back to the page (post, redirect, get). */
    @PostMapping(RUN)
    ResponseEntity<Void> runNow(@RequestParam(name = RunNowGuard.FIELD, required = false) String token,
                                HttpServletRequest request) {
        if (!guard.allows(token, request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Host"))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String notice = served.runNow() ? "started" : "busy";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/?run=" + notice)).build();
    }

    @GetMapping(FILES + "{name}")
    void file(@PathVariable String name, HttpServletResponse response) throws IOException {
        Map<String, String> list = PublishedFiles.top(served.offices());
        send(PublishedFiles.find(served.output(), name, list).orElseThrow(this::notFound), name, list.get(name),
                response);
    }

    /** An office's published file in offices mode (the overview's links to its report and validation pages). */
    @GetMapping(FILES + "{office}/{name}")
    void officeFile(@PathVariable String office, @PathVariable String name, HttpServletResponse response)
            throws IOException {
        if (!served.offices()) {
            throw notFound();
        }
        Path folder = PublishedFiles.officeFolder(served.output(), office, offices()).orElseThrow(this::notFound);
        Path file = PublishedFiles.find(folder, name, PublishedFiles.OFFICE).orElseThrow(this::notFound);
        send(file, name, PublishedFiles.OFFICE.get(name), response);
    }

    private List<String> offices() {
        try {
            return OverviewWriter.read(served.output()).map(o -> o.offices().stream().map(Overview.Office::office)
                    .toList()).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Size and content from the one open file: a run publishing meanwhile replaces the name, not this file. */
    private void send(Path file, String name, String type, HttpServletResponse response) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw notFound();
        }
        try (channel) {
            response.setContentType(type);
            response.setHeader("Content-Disposition",
                    (PublishedFiles.download(name) ? "attachment" : "inline") + "; filename=\"" + name + "\"");
            response.setContentLengthLong(channel.size());
            try (OutputStream body = response.getOutputStream()) {
                Channels.newInputStream(channel).transferTo(body);
            }
        }
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
