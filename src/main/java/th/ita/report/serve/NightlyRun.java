package th.ita.report.serve;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import th.ita.report.report.DocumentText;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.run.Reporter;

/**
 * One scheduled compile: runs {@link CompileRun#compile} with the nightly quiet period, one at a
 * time (a run that finds another still going is skipped and says so), and logs one line with the
 * outcome and the run's summary. The summary is collected rather than printed, so the log holds it
 * on that one line, and the status page can show the last attempt.
 */
final class NightlyRun implements Runnable {

    /** What the last attempt of this process did: when, the exit code, and the summary lines. */
    record Attempt(ZonedDateTime started, ZonedDateTime finished, ExitCode exitCode, List<String> summary) {

        Attempt {
            summary = List.copyOf(summary);
        }

        boolean succeeded() {
            return exitCode == ExitCode.OK;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CompileRun compiler;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final CompileRun.Request request;
    private final Reporter log;
    private final ReentrantLock running = new ReentrantLock();
    private volatile Attempt last;

    /** @param log where each run's one line goes (serve mode's console, which a service manager keeps) */
    NightlyRun(CompileRun compiler, MessageSource messages, Clock clock, ZoneId zone, CompileRun.Request request,
               Reporter log) {
        this.log = log;
        this.compiler = compiler;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.request = request;
    }

    @Override
    public void run() {
        if (!running.tryLock()) {
            log.line(message("serve.log.skipped", now().format(TIME)));
            return;
        }
        try {
            ZonedDateTime started = now();
            List<String> lines = new ArrayList<>();
            Reporter summary = new Reporter() {
                @Override
                public void line(String text) {
                    lines.add(text.strip());
                }

                @Override
                public void detail(String text) {
                    // one line per file: the status page lists the departments itself
                }
            };
            ExitCode exitCode;
            try {
                exitCode = compiler.compile(request, summary).exitCode();
            } catch (Exception e) {
                // The run turns a failed job into an exit code; this is what escaped it (database gone...).
                LoggerFactory.getLogger(NightlyRun.class).warn("nightly run failed", e);
                summary.line(message("console.error.failed", e.getClass().getSimpleName() + ": " + e.getMessage()));
                exitCode = ExitCode.FAILED;
            }
            Attempt attempt = new Attempt(started, now(), exitCode, lines);
            last = attempt;
            log.line(message("serve.log.run", started.format(TIME), String.valueOf(exitCode.code()), outcome(exitCode),
                    String.join(" | ", lines)));
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

    String outcome(ExitCode exitCode) {
        return message("serve.outcome." + exitCode.code());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
