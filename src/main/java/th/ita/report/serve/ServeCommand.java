package th.ita.report.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import th.ita.report.Command;
import th.ita.report.ReportCompiler;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.rendering.DocumentText;

/**
 * {@code serve [--input=DIR] [--output=DIR] [--job=FILE] [--quiet-period=PT1M]}: stays running,
 * compiles on a cron schedule ({@code ita.serve.cron}, {@code ita.serve.zone}) with the nightly
 * quiet period ({@code ita.serve.quiet-period}), one run at a time, and shows a status page on
 * http://127.0.0.1:{@code ita.serve.port}/. Stops on SIGTERM or Ctrl-C, letting a running compile
 * finish first (up to {@link #SHUTDOWN_WAIT}). The scheduler and the web server exist only in this
 * mode: the other commands start neither.
 *
 * <p>Exit status: 2 with one line when the job definition, input folder, schedule, quiet period or
 * port cannot be used; otherwise it runs until stopped.
 */
@Component
class ServeCommand implements Command, DisposableBean {

    static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final ReportCompiler compiler;
    private final StatusPage page;
    private final JobDefinitionLoader loader;
    private final MessageSource messages;
    private final Clock clock;
    private final String cron;
    private final String zone;
    private final int port;
    private final String quietPeriod;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private PrintStream console = System.out;
    private volatile Serving serving;

    ServeCommand(ReportCompiler compiler, StatusPage page, JobDefinitionLoader loader, MessageSource messages,
                 Clock clock,
                 @Value("${ita.serve.cron:" + NightlySchedule.DEFAULT_CRON + "}") String cron,
                 @Value("${ita.serve.zone:" + NightlySchedule.DEFAULT_ZONE + "}") String zone,
                 @Value("${ita.serve.port:8068}") int port,
                 @Value("${ita.serve.quiet-period:PT1M}") String quietPeriod) {
        this.compiler = compiler;
        this.page = page;
        this.loader = loader;
        this.messages = messages;
        this.clock = clock;
        this.cron = cron;
        this.zone = zone;
        this.port = port;
        this.quietPeriod = quietPeriod;
    }

    /** Where the one-line setup errors go (the console by default). */
    void console(PrintStream console) {
        this.console = console;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public int run(ApplicationArguments args) throws InterruptedException {
        Serving started;
        try {
            started = start(Path.of(Command.option(args, "input", "input")),
                    Path.of(Command.option(args, "output", "output")),
                    Command.definition(args),
                    Command.option(args, "quiet-period", quietPeriod));
        } catch (SetupException e) {
            console.println(e.getMessage());
            return ReportCompiler.BAD_SETUP;
        }
        stopped.await();
        if (shuttingDown()) {
            // SIGTERM or Ctrl-C: the JVM exits when its shutdown hooks (closing the application) are done.
            // Returning now would let the main thread carry on against a half-closed application.
            new CountDownLatch(1).await();
        }
        started.close();
        return ReportCompiler.OK;
    }

    /** Checks the settings, starts the status page and the schedule, and returns at once. */
    Serving start(Path input, Path output, Path definition, String quiet) throws SetupException {
        try {
            loader.load(definition);
        } catch (JobDefinitionException e) {
            throw new SetupException(message(e.code(), e.arguments()));
        }
        if (!Files.isDirectory(input)) {
            throw new SetupException(message("console.error.input", input.toAbsolutePath()));
        }
        try {
            Duration.parse(quiet);
        } catch (DateTimeParseException e) {
            throw new SetupException(message("serve.error.quietPeriod", quiet));
        }
        NightlySchedule schedule;
        try {
            schedule = new NightlySchedule(cron, zone);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new SetupException(message("serve.error.schedule", cron, zone, e.getMessage()));
        }
        NightlyRun nightly = new NightlyRun(compiler, messages, clock, schedule.zone(), input, output, definition, quiet);
        StatusServer server;
        try {
            server = StatusServer.start(port, output, () -> page.render(
                    new StatusPage.Site(output, definition, schedule, nightly.last(), nightly.running())), Map.of(
                    403, message("serve.http.403"), 404, message("serve.http.404"),
                    405, message("serve.http.405"), 500, message("serve.http.500")));
        } catch (IOException e) {
            throw new SetupException(message("serve.error.port", String.valueOf(port), e.getMessage()));
        }
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
        scheduler.schedule(nightly, schedule);

        Serving started = new Serving(server, scheduler, nightly, schedule);
        serving = started;
        log.info(message("serve.log.started", schedule.expression(), schedule.zone().getId(),
                schedule.nextRun(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                "http://127.0.0.1:" + server.address().getPort() + "/", input.toAbsolutePath().normalize(),
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

        private final StatusServer server;
        private final ThreadPoolTaskScheduler scheduler;
        private final NightlyRun nightly;
        private final NightlySchedule schedule;
        private boolean closed;

        private Serving(StatusServer server, ThreadPoolTaskScheduler scheduler, NightlyRun nightly,
                        NightlySchedule schedule) {
            this.server = server;
            this.scheduler = scheduler;
            this.nightly = nightly;
            this.schedule = schedule;
        }

        InetSocketAddress address() {
            return server.address();
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
            server.close();
            scheduler.shutdown();
            if (serving == this) {
                serving = null;
            }
            log.info(message("serve.log.stopped"));
        }
    }

    /** A setting that keeps serve mode from starting, worded for the console. */
    static final class SetupException extends Exception {

        SetupException(String message) {
            super(message);
        }
    }
}
