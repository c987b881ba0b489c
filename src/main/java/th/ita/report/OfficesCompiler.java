package th.ita.report;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.report.batch.CompileJobConfiguration;
import th.ita.report.batch.FailureReason;
import th.ita.report.batch.OfficeJobParameters;
import th.ita.report.batch.OfficePartitioner;
import th.ita.report.batch.OfficesJobConfiguration;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.rendering.DocumentText;
import th.ita.report.text.Numerals;

/**
 * Runs the multi-office job: every sub-folder of the input folder is an office, compiled into
 * {@code output/<office>/}. Prints one line per office and the totals, and answers with the exit
 * code: 0 when every office's report was written, 3 when some office had nothing usable, 5 when
 * some office failed (the others are compiled all the same), 2 for a bad command or setup.
 * {@code restart} continues the last failed run, compiling only the offices that failed.
 */
@Component
public class OfficesCompiler {

    private final JobOperator jobOperator;
    private final Job officesJob;
    private final JobRepository jobRepository;
    private final JobDefinitionLoader loader;
    private final MessageSource messages;
    private final Clock clock;
    private PrintStream console = System.out;
    private JobExecution lastExecution;

    public OfficesCompiler(JobOperator jobOperator, @Qualifier("compileOfficesJob") Job officesJob,
                           JobRepository jobRepository, JobDefinitionLoader loader, MessageSource messages, Clock clock) {
        this.jobOperator = jobOperator;
        this.officesJob = officesJob;
        this.jobRepository = jobRepository;
        this.loader = loader;
        this.messages = messages;
        this.clock = clock;
    }

    public void console(PrintStream console) {
        this.console = console;
    }

    public JobExecution lastExecution() {
        return lastExecution;
    }

    /** Compiles every office (restart = false) or continues the last failed run (restart = true). */
    public int compile(Path input, Path output, Path definition, String quietPeriod, boolean restart) throws Exception {
        try {
            // The shared definition is checked once here; an office's own file is checked in its partition.
            loader.load(definition);
        } catch (JobDefinitionException e) {
            console.println(message(e.code(), e.arguments()));
            return ReportCompiler.BAD_SETUP;
        }
        if (!Files.isDirectory(input)) {
            console.println(message("console.error.input", input.toAbsolutePath()));
            return ReportCompiler.BAD_SETUP;
        }
        List<Path> offices = OfficePartitioner.offices(input);
        try (Stream<Path> entries = Files.list(input)) {
            // Nothing in the folder goes unmentioned: what is not an office folder is named with the reason.
            entries.filter(p -> !offices.contains(p)).sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> console.println(message("offices.ignored", p.getFileName())));
        }
        if (offices.isEmpty()) {
            console.println(message("offices.error.none", input.toAbsolutePath()));
            return ReportCompiler.BAD_SETUP;
        }
        String inputPath = input.toAbsolutePath().normalize().toString();
        if (restart) {
            JobExecution failed = lastFailed();
            if (failed == null) {
                console.println(message("offices.restart.nothing"));
                return ReportCompiler.OK;
            }
            String from = failed.getJobParameters().getString(CompileJobConfiguration.INPUT);
            if (!inputPath.equals(from)) {
                console.println(message("offices.restart.otherInput", from, inputPath));
                return ReportCompiler.BAD_SETUP;
            }
            console.println(message("offices.restart.resuming", started(failed)));
            if (failed.getStatus().isRunning()) {
                // We hold the job repository's lock, so no one is running it: that run died (killed,
                // power cut), and so did the offices' compile jobs it had started.
                String run = failed.getJobParameters().getString(OfficesJobConfiguration.RUN);
                for (JobExecution office : jobRepository.findRunningJobExecutions(CompileJobConfiguration.JOB_NAME)) {
                    if (run.equals(office.getJobParameters().getString(OfficesJobConfiguration.RUN))) {
                        jobOperator.recover(office);
                    }
                }
                failed = jobOperator.recover(failed);
            }
            lastExecution = jobOperator.restart(failed);
        } else {
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addString(CompileJobConfiguration.OUTPUT, output.toAbsolutePath().normalize().toString())
                    .addString(OfficesJobConfiguration.RUN, ZonedDateTime.now(clock).toOffsetDateTime().toString())
                    .addString(CompileJobConfiguration.INPUT, inputPath, false)
                    .addString(CompileJobConfiguration.DEFINITION, definition.toAbsolutePath().normalize().toString(), false);
            if (quietPeriod != null) {
                parameters.addString(CompileJobConfiguration.QUIET_PERIOD, quietPeriod, false);
            }
            lastExecution = jobOperator.start(officesJob, parameters.toJobParameters());
        }
        return summarise(lastExecution);
    }

    /** When a run was started, as the officer reads it (Arabic digits, like the rest of the console). */
    private String started(JobExecution run) {
        ZonedDateTime at = java.time.OffsetDateTime.parse(run.getJobParameters().getString(OfficesJobConfiguration.RUN))
                .atZoneSameInstant(clock.getZone());
        return ThaiDates.longDate(at.toLocalDate(), Numerals.arabic()) + " "
                + at.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The last multi-office run, if it did not complete. */
    private JobExecution lastFailed() {
        JobInstance instance = jobRepository.getLastJobInstance(OfficesJobConfiguration.JOB_NAME);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        return last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED
                ? null : last;
    }

    /** How one office ended in a run (after any restarts). */
    public record Office(String name, BatchStatus status, boolean reportWritten, int rowsRead, int rowsAccepted,
                         int rowsRejected, int warnings, String where, String reason) {

        public boolean failed() {
            return status != BatchStatus.COMPLETED;
        }
    }

    /** Every office of the run's job instance, each as its latest attempt left it. */
    public List<Office> offices(JobExecution run) {
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(run.getJobInstance()));
        executions.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution execution : executions) {
            for (StepExecution step : execution.getStepExecutions()) {
                String office = step.getExecutionContext().getString(OfficePartitioner.OFFICE, null);
                if (office != null) {
                    latest.put(office, step);
                }
            }
        }
        List<Office> offices = new ArrayList<>();
        latest.forEach((name, step) -> offices.add(office(name, step, run.getJobParameters())));
        offices.sort(Comparator.comparing(Office::name));
        return offices;
    }

    private Office office(String name, StepExecution partition, JobParameters runParameters) {
        JobExecution job = jobRepository.getLastJobExecution(CompileJobConfiguration.JOB_NAME,
                OfficeJobParameters.of(partition.getExecutionContext(), runParameters));
        if (job == null) {
            // The office's compile job never started (its partition failed first).
            String reason = partition.getFailureExceptions().stream().findFirst()
                    .map(t -> FailureReason.of(t, messages)).orElse(firstLine(partition.getExitStatus()));
            return new Office(name, partition.getStatus(), false, 0, 0, 0, 0, null, reason);
        }
        ExecutionContext c = job.getExecutionContext();
        boolean written = Boolean.parseBoolean(c.getString("reportWritten", "false"));
        String where = c.getString(written ? "output" : "runFolder", null);
        String reason = job.getStatus() == BatchStatus.COMPLETED ? null
                : c.getString(FailureReason.KEY, firstLine(job.getExitStatus()));
        return new Office(name, job.getStatus(), written, c.getInt("rowsRead", 0), c.getInt("rowsAccepted", 0),
                c.getInt("rowsRejected", 0), c.getInt("warnings", 0), where, reason);
    }

    /** The exception line of an exit description kept in the repository, without its stack trace. */
    private static String firstLine(org.springframework.batch.core.ExitStatus status) {
        String description = status.getExitDescription();
        return description == null || description.isBlank() ? status.getExitCode()
                : description.lines().findFirst().orElse(status.getExitCode());
    }

    private int summarise(JobExecution run) {
        List<Office> offices = offices(run);
        console.println(message("offices.summary.title", offices.size()));
        int compiled = 0;
        int noReport = 0;
        int failed = 0;
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (Office o : offices) {
            if (o.failed()) {
                failed++;
                console.println(message("offices.line.failed", o.name(), o.reason()));
                continue;
            }
            read += o.rowsRead();
            accepted += o.rowsAccepted();
            rejected += o.rowsRejected();
            if (o.reportWritten()) {
                compiled++;
                console.println(message("offices.line.compiled", o.name(), o.rowsRead(), o.rowsAccepted(),
                        o.rowsRejected(), o.warnings(), o.where()));
            } else {
                noReport++;
                console.println(message("offices.line.noReport", o.name(), o.where()));
            }
        }
        console.println(message("offices.summary.totals", compiled, noReport, failed, read, accepted, rejected));
        if (failed > 0 || run.getStatus() != BatchStatus.COMPLETED) {
            if (failed == 0) {
                console.println(message("console.error.failed", FailureReason.of(run, messages)));
            }
            console.println(message("offices.summary.restart"));
            return ReportCompiler.FAILED;
        }
        return noReport > 0 ? ReportCompiler.NO_REPORT : ReportCompiler.OK;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
