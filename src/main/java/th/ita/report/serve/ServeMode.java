package th.ita.report.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import th.ita.report.config.ItaSettings;
import th.ita.report.report.DocumentText;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;
import th.ita.report.run.Reporter;

/**
 * Serve mode: stays running, compiles on a cron schedule ({@code ita.serve.cron}, {@code ita.serve.zone})
 * with the nightly quiet period ({@code ita.serve.quiet-period}), one run at a time, one office or, with
 * {@code --offices}, every office of the input folder; and shows a status page on
 * http://127.0.0.1:{@code ita.serve.port}/ with a "run now" button ({@link StatusWeb}). Stops on
 * SIGTERM or Ctrl-C, letting a running compile finish first (up to {@link #SHUTDOWN_WAIT}). The
 * scheduler and the web server exist only in this mode: the other commands start neither.
 */
@Component
public class ServeMode implements DisposableBean {

    /**
     * @param quietPeriod files modified more recently are left for the next night (null: the setting)
     * @param offices     every sub-folder of the input folder is an office ({@link OfficesRun})
     */
    public record Request(Path input, Path output, Path definition, Duration quietPeriod, boolean offices) {

        /** One office. */
        public Request(Path input, Path output, Path definition, Duration quietPeriod) {
            this(input, output, definition, quietPeriod, false);
        }
    }

    static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private final CompileRun compiler;
    private final OfficesRun offices;
    private final ApplicationContext application;
    private final MessageSource messages;
    private final Clock clock;
    private final ItaSettings.Serve settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Serving serving;

    /** @param application the parent of the status page's web context */
    ServeMode(CompileRun compiler, OfficesRun offices, ApplicationContext application, MessageSource messages,
              Clock clock, ItaSettings settings) {
        this.compiler = compiler;
        this.offices = offices;
        this.application = application;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings.serve();
    }

    /**
     * Starts the page and the schedule and runs until stopped. Exit status 2 with one line when the
     * port cannot be used; otherwise it returns only when the process is being stopped.
     */
    public ExitCode run(Request request, Reporter reporter) throws InterruptedException {
        Serving started;
        try {
            started = start(request, reporter);
        } catch (SetupException e) {
            reporter.line(e.getMessage());
            return ExitCode.BAD_SETUP;
        }
        stopped.await();
        if (shuttingDown()) {
            // SIGTERM or Ctrl-C: the JVM exits when its shutdown hooks (closing the application) are done.
            // Returning now would let the main thread carry on against a half-closed application.
            new CountDownLatch(1).await();
        }
        started.close();
        return ExitCode.OK;
    }

    /** Starts the status page and the schedule, and returns at once; the runs tell the reporter how they went. */
    Serving start(Request request, Reporter reporter) throws SetupException {
        Duration quiet = request.quietPeriod() != null ? request.quietPeriod() : settings.quietPeriod();
        NightlySchedule schedule = new NightlySchedule(settings.cron(), settings.zone().getId());
        Path output = request.output();
        NightlyRun.Work work = request.offices()
                ? summary -> offices.compile(new OfficesRun.Request(request.input(), output, request.definition(),
                        quiet, false), summary).exitCode()
                : summary -> compiler.compile(new CompileRun.Request(request.input(), output, request.definition(),
                        quiet), summary).exitCode();
        NightlyRun nightly = new NightlyRun(work, messages, clock, schedule.zone(), reporter);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("nightly-");
        scheduler.setClock(clock);
        // On shutdown: the planned run is dropped, a running one may finish.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds((int) SHUTDOWN_WAIT.toSeconds());
        scheduler.initialize();
        StatusWeb web;
        try {
            web = StatusWeb.start(application, settings, new Served(output, request.definition(), request.offices(),
                    schedule, nightly, scheduler));
        } catch (StatusWeb.StartException e) {
            scheduler.shutdown();
            throw new SetupException(message("serve.error.port", settings.address(), String.valueOf(settings.port()),
                    e.getMessage()));
        }
        scheduler.schedule(nightly, schedule);

        Serving started = new Serving(web, scheduler, nightly, schedule, reporter);
        serving = started;
        reporter.line(message(request.offices() ? "serve.log.started.offices" : "serve.log.started",
                schedule.expression(), schedule.zone().getId(),
                schedule.nextRun(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                StatusWeb.address(settings, web.port()), request.input().toAbsolutePath().normalize(),
                output.toAbsolutePath().normalize()));
        return started;
    }

    /** Called when the application closes (SIGTERM, Ctrl-C): stops the schedule and the page, then lets run() end. */
    @Override
    public void destroy() {
        Serving current = serving;
        if (current != null) {
            current.close();
        }
        stopped.countDown();
    }

    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }

    /** A running serve mode: its page, its schedule and its runs. */
    final class Serving implements AutoCloseable {

        private final StatusWeb web;
        private final ThreadPoolTaskScheduler scheduler;
        private final NightlyRun nightly;
        private final NightlySchedule schedule;
        private final Reporter reporter;
        private boolean closed;

        private Serving(StatusWeb web, ThreadPoolTaskScheduler scheduler, NightlyRun nightly,
                        NightlySchedule schedule, Reporter reporter) {
            this.web = web;
            this.scheduler = scheduler;
            this.nightly = nightly;
            this.schedule = schedule;
            this.reporter = reporter;
        }

        /** The address the page is served on. */
        InetAddress address() {
            return web.address();
        }

        /** The port the page is served on. */
        int port() {
            return web.port();
        }

        NightlySchedule schedule() {
            return schedule;
        }

        /** Runs the scheduled compile now, on the caller's thread (still one at a time). */
        NightlyRun.Attempt runNow() {
            nightly.run();
            return nightly.last();
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            // The page first (nothing new to show), then the schedule, waiting for a running compile.
            web.close();
            scheduler.shutdown();
            if (serving == this) {
                serving = null;
            }
            reporter.line(message("serve.log.stopped"));
        }
    }

    /** A setting that keeps serve mode from starting, worded for the console. */
    static final class SetupException extends Exception {

        SetupException(String message) {
            super(message);
        }
    }
}
