package th.ita.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.report.batch.CompileJobConfiguration;
import th.ita.report.batch.FailureReason;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFingerprint;
import th.ita.report.publishing.Publisher;
import th.ita.report.rendering.DocumentText;
import th.ita.report.text.Numerals;

/**
 * Runs the compile job once: checks what it can before starting (job definition, input
 * folder), recognises a run whose input has not changed and restarts one that died, runs the
 * job, prints a one-screen summary, and answers with the exit code: 0 when the report was
 * written (or nothing changed), 2 when the command or job definition is wrong, 3 when no report
 * could be written, 5 when the job failed.
 */
@Component
public class ReportCompiler {

    public static final int OK = 0;
    public static final int BAD_SETUP = 2;
    public static final int NO_REPORT = 3;
    public static final int FAILED = 5;

    private final JobOperator jobOperator;
    private final Job compileJob;
    private final JobDefinitionLoader loader;
    private final MessageSource messages;
    private final Clock clock;
    private final JobRepository jobRepository;
    private PrintStream console = System.out;
    private JobExecution lastExecution;

    public ReportCompiler(JobOperator jobOperator, @Qualifier("compileReportJob") Job compileJob, JobDefinitionLoader loader, MessageSource messages,
                          Clock clock, JobRepository jobRepository) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.compileJob = compileJob;
        this.loader = loader;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where the summary goes (the console by default). */
    public void console(PrintStream console) {
        this.console = console;
    }

    /** Runs the job once and returns the exit code. */
    public int compile(Path input, Path output, Path definition, String quietPeriod) throws Exception {
        JobDefinition job;
        try {
            job = loader.load(definition);
        } catch (JobDefinitionException e) {
            console.println(message(e.code(), e.arguments()));
            return BAD_SETUP;
        }
        if (!Files.isDirectory(input)) {
            console.println(message("console.error.input", input.toAbsolutePath()));
            return BAD_SETUP;
        }
        // A run is identified by what it was made from: the same output folder, year and fingerprint
        // of the input files and job definition would write the same report.
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(CompileJobConfiguration.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLong(CompileJobConfiguration.FISCAL_YEAR, (long) job.fiscalYear())
                .addString(CompileJobConfiguration.FINGERPRINT, InputFingerprint.of(input, definition))
                .addString(CompileJobConfiguration.INPUT, input.toAbsolutePath().normalize().toString(), false)
                .addString(CompileJobConfiguration.DEFINITION, definition.toAbsolutePath().normalize().toString(), false);
        if (quietPeriod != null) {
            parameters.addString(CompileJobConfiguration.QUIET_PERIOD, quietPeriod, false);
        }
        JobExecution previous = jobRepository.getLastJobExecution(CompileJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            if (stillPublished(previous, output, job.fiscalYear())) {
                lastExecution = previous;
                console.println(message("console.summary.unchanged", when(previous),
                        output.resolve(String.valueOf(job.fiscalYear())).resolve(Publisher.LATEST).toAbsolutePath()));
                return OK;
            }
            // Same input, but its outputs are gone from the output folder (or it left files for later): compile again.
            parameters.addLong("rebuild", clock.millis());
        } else if (previous != null && previous.getStatus().isRunning()) {
            // We hold the job repository's lock, so no one is running it: that run died (killed, power cut).
            jobOperator.recover(previous);
        }
        lastExecution = jobOperator.start(compileJob, parameters.toJobParameters());
        return summarise(lastExecution);
    }

    /** The completed run's report is still the one in latest/, and it left nothing for a later run. */
    private static boolean stillPublished(JobExecution run, Path output, int fiscalYear) {
        ExecutionContext c = run.getExecutionContext();
        if (!Boolean.parseBoolean(c.getString("reportWritten", "false")) || c.getLong("filesDeferred", 0L) > 0) {
            return false;
        }
        String runFolder = Path.of(c.getString("runFolder", "/")).getFileName().toString();
        return Publisher.latestRun(output, fiscalYear).map(runFolder::equals).orElse(false)
                && Files.isRegularFile(output.resolve("report.html"));
    }

    private String when(JobExecution run) {
        java.time.LocalDateTime end = run.getEndTime() != null ? run.getEndTime() : run.getStartTime();
        java.time.ZonedDateTime local = end.atZone(java.time.ZoneId.systemDefault()).withZoneSameInstant(clock.getZone());
        Numerals digits = Numerals.thai();
        return ThaiDates.longDate(local.toLocalDate(), digits) + " "
                + digits.apply(local.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
    }

    private int summarise(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        if (execution.getStatus() != BatchStatus.COMPLETED || !c.containsKey("reportWritten")) {
            String reason = FailureReason.of(execution, messages);
            console.println(FailureReason.isDefinitionProblem(execution) ? reason
                    : message("console.error.failed", reason));
            return FAILED;
        }
        console.println(message("console.summary.title", String.valueOf(c.getInt("fiscalYear"))));
        console.println(message("console.summary.files", c.getLong("filesRead"), c.getLong("filesRejected"),
                c.getLong("filesIgnored"), c.getLong("filesDeferred")));
        console.println(message("console.summary.rows", c.getInt("rowsRead"), c.getInt("rowsAccepted"),
                c.getInt("rowsRejected"), c.getInt("warnings")));
        String missing = c.getString("missingDepartments", "");
        if (!missing.isEmpty()) {
            console.println(message("console.summary.missing", missing));
        }
        if (!Boolean.parseBoolean(c.getString("reportWritten"))) {
            console.println(message("console.summary.noReport", Path.of(c.getString("runFolder"), "validation.html")));
            return NO_REPORT;
        }
        console.println(message("console.summary.outputs", c.getString("output"), c.getString("runFolder")));
        if (!c.getString("emblemNotice", "").isEmpty()) {
            console.println(c.getString("emblemNotice"));
        }
        String pdf = c.getString("pdf", "disabled");
        if (!pdf.equals("written") && !pdf.equals("disabled")) {
            console.println(message("console.summary.pdf." + pdf));
        }
        return OK;
    }

    public JobExecution lastExecution() {
        return lastExecution;
    }

    /** The shipped definition when run from the repository root: the last *.yml in jobs/ by name. */
    public static Path defaultDefinition() {
        Path jobs = Path.of("jobs");
        if (!Files.isDirectory(jobs)) {
            return jobs.resolve("job.yml");
        }
        try (Stream<Path> files = Files.list(jobs)) {
            List<Path> yml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            return yml.isEmpty() ? jobs.resolve("job.yml") : yml.get(yml.size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, DocumentText.THAI_LOCALE);
    }
}
