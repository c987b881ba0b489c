package th.ita.report.run;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.job.CompileJobConfiguration;
import th.ita.report.job.CompileLauncher;
import th.ita.report.job.FailureReason;
import th.ita.report.job.OfficeOutcome;
import th.ita.report.job.OfficePartitioner;
import th.ita.report.job.OfficeProgress;
import th.ita.report.job.OfficesJobConfiguration;
import th.ita.report.job.OfficesParameters;
import th.ita.report.job.RunSummary;
import th.ita.report.job.UnchangedOffices;
import th.ita.report.output.overview.Overview;
import th.ita.report.output.overview.OverviewWriter;
import th.ita.report.text.ThaiMessages;

/**
 * Compiles many offices: every sub-folder of the input folder is an office, compiled into
 * {@code output/<office>/} by the multi-office job. Tells the reporter one line per office and the
 * totals. {@code restart} continues the last failed run, compiling only the offices that failed.
 * Stateless; the caller holds the output folder's {@link RunLock}.
 */
@Service
public class OfficesRun {

    /** @param restart continue the last failed run instead of starting a new one */
    public record Request(Path input, Path output, Path definition, Duration quietPeriod, boolean restart) {
    }

    /** How one office ended in a run (after any restarts). */
    /** @param unchanged nothing was compiled: the office's input is that of its published report */
    public record Office(String name, BatchStatus status, Optional<RunSummary> summary, boolean unchanged,
                         String reason) {

        public boolean failed() {
            return status != BatchStatus.COMPLETED;
        }

        public boolean reportWritten() {
            return summary.map(RunSummary::reportWritten).orElse(false);
        }
    }

    /** @param execution the multi-office job execution (null when refused before one started) */
    public record Result(ExitCode exitCode, List<Office> offices, JobExecution execution) {
    }

    private final JobOperator jobOperator;
    private final Job officesJob;
    private final JobRepository jobRepository;
    private final JobDefinitionLoader loader;
    private final MessageSource messageSource;
    private final ThaiMessages messages;
    private final Clock clock;
    private final OfficeProgress progress;
    private final OverviewWriter overview;

    OfficesRun(JobOperator jobOperator, @Qualifier("compileOfficesJob") Job officesJob, JobRepository jobRepository,
               JobDefinitionLoader loader, MessageSource messageSource, Clock clock, OfficeProgress progress,
               OverviewWriter overview) {
        this.progress = progress;
        this.overview = overview;
        this.jobOperator = jobOperator;
        this.officesJob = officesJob;
        this.jobRepository = jobRepository;
        this.loader = loader;
        this.messageSource = messageSource;
        this.messages = new ThaiMessages(messageSource);
        this.clock = clock;
    }

    public Result compile(Request request, Reporter reporter) throws Exception {
        // The shared definition is checked once here; an office's own file is checked in its partition.
        if (Preflight.check(loader, messages, request.definition(), request.input(), reporter).isEmpty()) {
            return refused();
        }
        Path input = request.input();
        List<Path> offices = OfficePartitioner.offices(input);
        try (Stream<Path> entries = Files.list(input)) {
            // Nothing in the folder goes unmentioned: what is not an office folder is named with the reason.
            entries.filter(p -> !offices.contains(p)).sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> reporter.line(messages.get("offices.ignored", p.getFileName())));
        }
        if (offices.isEmpty()) {
            reporter.line(messages.get("offices.error.none", input.toAbsolutePath()));
            return refused();
        }
        Path output = request.output().toAbsolutePath().normalize();
        new DeadRuns(jobRepository, jobOperator).recover(output);
        OfficesParameters parameters = OfficesParameters.of(input, output, request.definition(), request.quietPeriod(),
                ZonedDateTime.now(clock).toOffsetDateTime().toString());
        JobExecution execution;
        AtomicInteger done = new AtomicInteger();
        int total = offices.size();
        // Each office as its progress line found it, by name: the summary need not read it again.
        Map<String, Office> known = new ConcurrentHashMap<>();
        if (request.restart()) {
            JobExecution failed = lastFailed(output);
            if (failed == null) {
                reporter.line(messages.get("offices.restart.nothing"));
                return new Result(ExitCode.OK, List.of(), null);
            }
            Path from = OfficesParameters.of(failed.getJobParameters()).input();
            if (!parameters.input().equals(from)) {
                reporter.line(messages.get("offices.restart.otherInput", from, parameters.input()));
                return refused();
            }
            OfficesParameters resumed = OfficesParameters.of(failed.getJobParameters());
            reporter.line(messages.get("offices.restart.resuming", RunTimes.of(
                    OffsetDateTime.parse(resumed.run()).toZonedDateTime(), clock)));
            try (AutoCloseable watching = progress.watch(resumed.run(), watcher(resumed, reporter, done, total, known))) {
                execution = jobOperator.restart(failed);
            }
        } else {
            try (AutoCloseable watching = progress.watch(parameters.run(), watcher(parameters, reporter, done, total, known))) {
                execution = jobOperator.start(officesJob, parameters.toJobParameters());
            }
        }
        Result result = summarise(execution, reporter, known);
        overview.write(overview(result.offices(), output), output);
        reporter.line(messages.get("offices.summary.overview", output.resolve(OverviewWriter.PAGE)));
        return result;
    }

    /** "๔๗/๒๐๐ อบต.นาทอน: รวบรวมแล้ว ...", as each office is done. */
    private OfficeProgress.Watcher watcher(OfficesParameters run, Reporter reporter, AtomicInteger done, int total,
                                           Map<String, Office> known) {
        return new OfficeProgress.Watcher() {
            @Override
            public void compiled(StepExecution partition) {
                String name = partition.getExecutionContext().getString(OfficePartitioner.OFFICE, "?");
                Office office = office(name, partition, run);
                if (!office.failed() && office.summary().isPresent()) {
                    // A failed partition's own status is only final after this listener: such an office is read again.
                    known.put(name, office);
                }
                reporter.detail(messages.get("offices.progress", done.incrementAndGet(), total, officeLine(office)));
            }

            @Override
            public void unchanged(String name, CompileLauncher.Published published) {
                Office office = unchangedOffice(name, Optional.of(published.summary()));
                known.put(name, office);
                reporter.detail(messages.get("offices.progress", done.incrementAndGet(), total, officeLine(office)));
            }
        };
    }

    private String officeLine(Office o) {
        if (o.failed() || o.summary().isEmpty()) {
            return messages.get("offices.line.failed", o.name(), o.reason());
        }
        RunSummary s = o.summary().get();
        if (o.unchanged()) {
            return messages.get("offices.line.unchanged", o.name(), s.rowsRead(), s.rowsAccepted(), s.rowsRejected());
        }
        return s.reportWritten()
                ? messages.get("offices.line.compiled", o.name(), s.rowsRead(), s.rowsAccepted(), s.rowsRejected(),
                        s.warnings())
                : messages.get("offices.line.noReport", o.name(), Path.of(s.runFolder()).resolve("validation.html"));
    }

    /** The overview's rows: every office, its state, figures and pages (relative to the output folder). */
    private Overview overview(List<Office> offices, Path output) {
        List<Overview.Office> rows = new ArrayList<>();
        for (Office o : offices) {
            RunSummary s = o.summary().orElse(null);
            if (o.failed() || s == null) {
                rows.add(new Overview.Office(o.name(), Overview.State.FAILED, 0, 0, 0, 0, List.of(), null, null,
                        o.reason()));
                continue;
            }
            Path folder = s.reportWritten() ? Path.of(s.output()) : Path.of(s.runFolder());
            rows.add(new Overview.Office(o.name(), s.reportWritten() ? Overview.State.COMPILED : Overview.State.NO_REPORT,
                    s.rowsRead(), s.rowsAccepted(), s.rowsRejected(), s.warnings(), s.missingDepartments(),
                    s.reportWritten() ? link(output, folder.resolve("report.html")) : null,
                    link(output, folder.resolve("validation.html")), null));
        }
        return new Overview(ZonedDateTime.now(clock).toOffsetDateTime(), rows);
    }

    /** A page's address relative to the output folder, encoded for a link (Thai names, spaces). */
    private static String link(Path output, Path page) {
        String relative = output.relativize(page).toString().replace('\\', '/');
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relative;
        }
    }

    private static Result refused() {
        return new Result(ExitCode.BAD_SETUP, List.of(), null);
    }

    /** The last multi-office run of this output folder, if it did not complete. */
    private JobExecution lastFailed(Path output) {
        JobInstance instance = jobRepository.getLastJobInstance(OfficesJobConfiguration.JOB_NAME);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (last == null || !OfficesParameters.of(last.getJobParameters()).output().equals(output)) {
            return null;
        }
        return last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED ? null : last;
    }

    /** Every office of the run's job instance, each as its latest attempt left it. */
    public List<Office> offices(JobExecution run) {
        return offices(run, Map.of());
    }

    private List<Office> offices(JobExecution run, Map<String, Office> known) {
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        Map<String, Long> unchanged = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(run.getJobInstance()));
        executions.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution execution : executions) {
            UnchangedOffices.of(execution.getExecutionContext()).ifPresent(u -> unchanged.putAll(u.compiledBy()));
            for (StepExecution step : execution.getStepExecutions()) {
                String office = step.getExecutionContext().getString(OfficePartitioner.OFFICE, null);
                if (office != null) {
                    latest.put(office, step);
                }
            }
        }
        OfficesParameters parameters = OfficesParameters.of(run.getJobParameters());
        List<Office> offices = new ArrayList<>();
        latest.forEach((name, step) -> offices.add(known.containsKey(name) ? known.get(name)
                : office(name, step, parameters)));
        unchanged.forEach((name, published) -> {
            if (!latest.containsKey(name)) {
                offices.add(known.containsKey(name) ? known.get(name)
                        : unchangedOffice(name, Optional.ofNullable(jobRepository.getJobExecution(published))
                                .flatMap(RunSummary::of)));
            }
        });
        offices.sort(Comparator.comparing(Office::name));
        return offices;
    }

    /** An office settled as unchanged, from the compile run that published its report. */
    private Office unchangedOffice(String name, Optional<RunSummary> published) {
        // None: the run that published it was since removed from the history, nothing to count it by.
        return published.map(s -> new Office(name, BatchStatus.COMPLETED, published, true, null))
                .orElseGet(() -> new Office(name, BatchStatus.UNKNOWN, Optional.empty(), true,
                        messages.get("offices.unchanged.historyGone")));
    }

    private Office office(String name, StepExecution partition, OfficesParameters run) {
        Optional<OfficeOutcome> outcome = OfficeOutcome.of(partition.getExecutionContext());
        JobExecution job = outcome.map(OfficeOutcome::execution).map(jobRepository::getJobExecution).orElse(null);
        if (job == null) {
            // The office's compile job never started (its definition could not be read, or the partition died first).
            String reason = outcome.map(OfficeOutcome::failure).orElseGet(() -> partition.getFailureExceptions()
                    .stream().findFirst().map(t -> FailureReason.of(t, messageSource))
                    .orElse(firstLine(partition.getExitStatus())));
            return new Office(name, partition.getStatus(), Optional.empty(), false, reason);
        }
        String reason = job.getStatus() == BatchStatus.COMPLETED ? null
                : FailureReason.recorded(job).orElse(firstLine(job.getExitStatus()));
        return new Office(name, job.getStatus(), RunSummary.of(job), outcome.get().unchanged(), reason);
    }

    /** The exception line of an exit description kept in the repository, without its stack trace. */
    private static String firstLine(ExitStatus status) {
        String description = status.getExitDescription();
        return description == null || description.isBlank() ? status.getExitCode()
                : description.lines().findFirst().orElse(status.getExitCode());
    }

    /**
     * The e-mail to departments over every office compiled in this run in one line, then one line per
     * office where some failed (an unchanged office was not compiled, so it sent nothing this time).
     */
    private void mailLines(List<Office> offices, Reporter reporter) {
        List<Office> compiled = offices.stream().filter(o -> !o.unchanged()).toList();
        List<RunSummary.Mail> all = compiled.stream().flatMap(o -> o.summary().stream())
                .flatMap(s -> s.mail().stream()).toList();
        if (all.isEmpty()) {
            return;
        }
        reporter.line(MailLines.counts(all, messages));
        for (Office o : compiled) {
            List<RunSummary.Mail> failed = o.summary().stream().flatMap(s -> s.mail().stream())
                    .filter(RunSummary.Mail::failed).toList();
            if (!failed.isEmpty()) {
                reporter.line(messages.get("offices.mail.failed", o.name(), failed.size(), failed.get(0).error()));
            }
        }
    }

    private Result summarise(JobExecution run, Reporter reporter, Map<String, Office> known) {
        List<Office> offices = offices(run, known);
        reporter.line(messages.get("offices.summary.title", offices.size()));
        int compiled = 0;
        int unchanged = 0;
        int noReport = 0;
        int failed = 0;
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (Office o : offices) {
            if (o.failed() || o.summary().isEmpty()) {
                failed++;
                // Repeated at the end, so a quiet console still names what needs fixing.
                reporter.line(officeLine(o));
                continue;
            }
            RunSummary s = o.summary().get();
            read += s.rowsRead();
            accepted += s.rowsAccepted();
            rejected += s.rowsRejected();
            if (s.reportWritten()) {
                compiled++;
                unchanged += o.unchanged() ? 1 : 0;
            } else {
                noReport++;
            }
        }
        reporter.line(messages.get("offices.summary.totals", compiled, noReport, failed, read, accepted, rejected,
                unchanged));
        mailLines(offices, reporter);
        if (failed > 0 || run.getStatus() != BatchStatus.COMPLETED) {
            if (failed == 0) {
                reporter.line(messages.get("console.error.failed", FailureReason.of(run, messageSource)));
            }
            reporter.line(messages.get("offices.summary.restart"));
            return new Result(ExitCode.FAILED, offices, run);
        }
        return new Result(noReport > 0 ? ExitCode.NO_REPORT : ExitCode.OK, offices, run);
    }
}
