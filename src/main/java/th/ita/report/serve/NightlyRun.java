package th.ita.report.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import th.ita.report.ReportCompiler;
import th.ita.report.rendering.DocumentText;

/**
 * One scheduled compile: runs {@link ReportCompiler#compile} with the nightly quiet period, one
 * at a time (a run that finds another still going is skipped and says so), and logs one line with
 * the outcome and the compiler's summary. The compiler's summary is captured rather than printed,
 * so the log holds it on that one line, and the status page can show the last attempt.
 */
final class NightlyRun implements Runnable {

    /** What the last attempt of this process did: when, the exit code, and the summary lines. */
    record Attempt(ZonedDateTime started, ZonedDateTime finished, int exitCode, List<String> summary) {

        Attempt {
            summary = List.copyOf(summary);
        }

        boolean succeeded() {
            return exitCode == ReportCompiler.OK;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReportCompiler compiler;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Path input;
    private final Path output;
    private final Path definition;
    private final String quietPeriod;
    private final ReentrantLock running = new ReentrantLock();
    private volatile Attempt last;

    NightlyRun(ReportCompiler compiler, MessageSource messages, Clock clock, ZoneId zone, Path input, Path output,
               Path definition, String quietPeriod) {
        this.compiler = compiler;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.input = input;
        this.output = output;
        this.definition = definition;
        this.quietPeriod = quietPeriod;
    }

    @Override
    public void run() {
        if (!running.tryLock()) {
            log.warn(message("serve.log.skipped", now().format(TIME)));
            return;
        }
        try {
            ZonedDateTime started = now();
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream summary = new PrintStream(captured, true, StandardCharsets.UTF_8);
            int exitCode;
            compiler.console(summary);
            try {
                exitCode = compiler.compile(input, output, definition, quietPeriod);
            } catch (Exception e) {
                // The compiler turns a failed job into an exit code; this is what escaped it (database gone...).
                log.debug("nightly run failed", e);
                summary.println(message("console.error.failed", e.getClass().getSimpleName() + ": " + e.getMessage()));
                exitCode = ReportCompiler.FAILED;
            } finally {
                compiler.console(System.out);
            }
            List<String> lines = captured.toString(StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            Attempt attempt = new Attempt(started, now(), exitCode, lines);
            last = attempt;
            String line = message("serve.log.run", started.format(TIME), exitCode, outcome(exitCode),
                    String.join(" | ", lines));
            if (attempt.succeeded()) {
                log.info(line);
            } else {
                log.warn(line);
            }
        } finally {
            running.unlock();
        }
    }

    /** The last attempt since this process started, or null. */
    Attempt last() {
        return last;
    }

    /** True while a run is going. */
    boolean running() {
        return running.isLocked();
    }

    String outcome(int exitCode) {
        return message("serve.outcome." + exitCode);
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
