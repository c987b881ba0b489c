package th.ita.report.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFingerprint;
import th.ita.report.job.CompileLauncher;
import th.ita.report.job.CompileParameters;
import th.ita.report.job.FailureReason;
import th.ita.report.job.RunSummary;
import th.ita.report.output.RunOutputs;
import th.ita.report.output.publishing.Publisher;
import th.ita.report.report.EmblemImage;
import th.ita.report.text.ThaiMessages;

/**
 * Compiles one office once: checks what it can before starting (job definition, input folder),
 * records runs that died as failed, recognises input that has not changed since the last
 * completed run, restarts a run that failed, runs the job and tells the reporter what came of it.
 * Stateless: every call gets its own request and reporter. The caller holds the output folder's
 * {@link RunLock}.
 */
@Service
public class CompileRun {

    /**
     * @param quietPeriod files modified more recently are left for the next run (null: the setting)
     */
    public record Request(Path input, Path output, Path definition, Duration quietPeriod) {
    }

    /**
     * @param unchanged true when nothing had changed since the last completed run (nothing written)
     * @param summary   what the run did (absent when it did not get as far as its outputs)
     * @param execution the job execution (null when the request was refused before starting one)
     */
    public record Result(ExitCode exitCode, boolean unchanged, Optional<RunSummary> summary, JobExecution execution) {
    }

    private final JobOperator jobOperator;
    private final CompileLauncher launcher;
    private final JobRepository jobRepository;
    private final JobDefinitionLoader loader;
    private final MessageSource messageSource;
    private final ThaiMessages messages;
    private final Clock clock;

    CompileRun(JobOperator jobOperator, CompileLauncher launcher, JobRepository jobRepository,
               JobDefinitionLoader loader, MessageSource messageSource, Clock clock) {
        this.jobOperator = jobOperator;
        this.launcher = launcher;
        this.jobRepository = jobRepository;
        this.loader = loader;
        this.messageSource = messageSource;
        this.messages = new ThaiMessages(messageSource);
        this.clock = clock;
    }

    public Result compile(Request request, Reporter reporter) throws Exception {
        Optional<JobDefinition> checked = Preflight.check(loader, messages, request.definition(), request.input(),
                reporter);
        if (checked.isEmpty()) {
            return new Result(ExitCode.BAD_SETUP, false, Optional.empty(), null);
        }
        JobDefinition job = checked.get();
        Path output = request.output().toAbsolutePath().normalize();
        new DeadRuns(jobRepository, jobOperator).recover(output);
        CompileLauncher.Launch launch = launcher.launch(CompileParameters.of(request.input(), output,
                request.definition(), null, request.quietPeriod(), job.fiscalYear(),
                InputFingerprint.of(request.input(), request.definition())));
        if (launch.unchanged()) {
            reporter.line(messages.get("console.summary.unchanged", RunTimes.of(launch.execution(), clock),
                    output.resolve(String.valueOf(job.fiscalYear())).resolve(Publisher.LATEST)));
            return new Result(ExitCode.OK, true, RunSummary.of(launch.execution()), launch.execution());
        }
        JobExecution execution = launch.execution();
        Result result = summarise(execution, reporter);
        if (result.exitCode() == ExitCode.OK) {
            EmblemImage.notice(job, request.definition(), messageSource).ifPresent(reporter::line);
        }
        return result;
    }

    private Result summarise(JobExecution execution, Reporter reporter) {
        Optional<RunSummary> done = RunSummary.of(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED || done.isEmpty()) {
            String reason = FailureReason.recorded(execution).orElseGet(() -> FailureReason.of(execution, messageSource));
            reporter.line(FailureReason.isDefinitionProblem(execution) ? reason
                    : messages.get("console.error.failed", reason));
            return new Result(ExitCode.FAILED, false, done, execution);
        }
        RunSummary s = done.get();
        for (RunSummary.File file : s.files()) {
            String status = file.status().name().toLowerCase(java.util.Locale.ROOT);
            reporter.detail(messages.get("console.file." + status, file.name(), file.department(), file.reason(),
                    file.rowsRead(), file.rowsAccepted(), file.rowsRejected()));
        }
        reporter.line(messages.get("console.summary.title", s.fiscalYear()));
        reporter.line(messages.get("console.summary.files", s.filesRead(), s.filesRejected(), s.filesIgnored(),
                s.filesDeferred()));
        reporter.line(messages.get("console.summary.rows", s.rowsRead(), s.rowsAccepted(), s.rowsRejected(),
                s.warnings()));
        if (!s.missingDepartments().isEmpty()) {
            reporter.line(messages.get("console.summary.missing", String.join(", ", s.missingDepartments())));
        }
        MailLines.report(s.mail(), messages, reporter);
        if (!s.reportWritten()) {
            reporter.line(messages.get("console.summary.noReport", Path.of(s.runFolder(), "validation.html")));
            return new Result(ExitCode.NO_REPORT, false, done, execution);
        }
        reporter.line(messages.get("console.summary.outputs", s.output(), s.runFolder()));
        if (s.pdf() == RunOutputs.Pdf.SKIPPED || s.pdf() == RunOutputs.Pdf.FAILED) {
            reporter.line(messages.get("console.summary.pdf." + s.pdf().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Result(ExitCode.OK, false, done, execution);
    }
}
