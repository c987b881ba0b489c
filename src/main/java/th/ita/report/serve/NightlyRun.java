package th.ita.report.serve;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import th.ita.report.job.FailureReason;
import th.ita.report.report.DocumentText;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.run.Reporter;

/**
 * One scheduled compile: runs the work (one office's {@link CompileRun}, or every office's
 * {@link th.ita.report.run.OfficesRun}) with the nightly quiet period, one at a time (a run that
 * finds another still going is skipped and says so), and logs one line with the outcome and the
 * run's summary. The summary is collected rather than printed, so the log holds it on that one
 * line, and the status page can show the last attempt. The officer's "run now" asks for a run on
 * the scheduler's thread ({@link #request}), never on the web server's.
 */
final class NightlyRun implements Runnable {

    /** What one run does, telling the reporter how it went. */
    @FunctionalInterface
    interface Work {
        ExitCode run(Reporter reporter) throws Exception;
    }

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

    private final Work work;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Reporter log;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile Attempt last;

    /** @param log where each run's one line goes (serve mode's console, which a service manager keeps) */
    NightlyRun(Work work, MessageSource messages, Clock clock, ZoneId zone, Reporter log) {
        this.work = work;
        this.log = log;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void run() {
        if (!running.tryLock()) {
            log.line(message("serve.log.skipped", now().format(TIME)));
            return;
        }
        try {
            // A run asked for while this one waited in the scheduler's queue is this one.
            requested.set(false);
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
                exitCode = work.run(summary);
            } catch (Exception e) {
                // The run turns a failed job into an exit code; this is what escaped it (database gone...).
                LoggerFactory.getLogger(NightlyRun.class).warn("nightly run failed", e);
                summary.line(message("console.error.failed", FailureReason.of(e, messages)));
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

    /** True while a run is going or waits for the scheduler's thread. */
    boolean busy() {
        return running() || requested.get();
    }

    /**
     * Asks for a run now on the executor (the scheduler's one thread), unless one is going or already
     * asked for.
     *
     * @return false when busy: nothing was asked for
     */
    boolean request(Executor executor) {
        if (running() || !requested.compareAndSet(false, true)) {
            return false;
        }
        try {
            executor.execute(this);
            return true;
        } catch (RejectedExecutionException e) {
            // Stopping: no new run.
            requested.set(false);
            return false;
        }
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
