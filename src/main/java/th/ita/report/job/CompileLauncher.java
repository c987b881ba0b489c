package th.ita.report.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import th.ita.report.output.publishing.Publisher;

/**
 * Compiles one office's input into its output folder, unless nothing changed: a run is identified
 * by the output folder, the fiscal year and the fingerprint of its input and definition, so the
 * same input finds its completed run (and compiles nothing while that run's report is still the
 * one published), and a run that failed is restarted rather than repeated. The single-office
 * compile and every office of a multi-office run go through here.
 */
@Component
public class CompileLauncher {

    /**
     * @param execution the run that compiled it now, or the completed run that already had (unchanged)
     * @param unchanged nothing was compiled: the input and definition are those of the published report
     */
    public record Launch(JobExecution execution, boolean unchanged) {
    }

    /** The completed compile run whose report is still the one published, and what it did. */
    public record Published(long execution, RunSummary summary) {
    }

    private final JobOperator jobOperator;
    private final Job compileJob;
    private final JobRepository jobRepository;
    private final LastCompileRun lastRun;

    CompileLauncher(@Lazy JobOperator jobOperator, @Qualifier("compileReportJob") Job compileJob,
                    JobRepository jobRepository, LastCompileRun lastRun) {
        this.jobOperator = jobOperator;
        this.compileJob = compileJob;
        this.jobRepository = jobRepository;
        this.lastRun = lastRun;
    }

    public Launch launch(CompileParameters parameters) throws Exception {
        // Outputs removed since a completed run, with the input unchanged: that input is compiled again
        // as a new run ("rebuild" 1, 2, ...), found again the same way next time.
        for (long rebuild = 0; ; rebuild++) {
            CompileParameters attempt = rebuild == 0 ? parameters : parameters.rebuiltAs(rebuild);
            JobExecution last = jobRepository.getLastJobExecution(CompileJobConfiguration.JOB_NAME,
                    attempt.toJobParameters());
            if (last == null || last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                // New, or a run that failed (or died and was recorded as failed): started, or restarted where it stopped.
                return new Launch(jobOperator.start(compileJob, attempt.toJobParameters()), false);
            }
            if (last.getStatus() == BatchStatus.COMPLETED && stillPublished(RunSummary.of(last), attempt.output())) {
                return new Launch(last, true);
            }
        }
    }

    /**
     * The completed run that already compiled this input, when its report is still the one
     * published (what {@link #launch} would answer as unchanged), without starting anything.
     */
    public Optional<Published> unchanged(CompileParameters identity) {
        return unchanged(identity, lastRun.of(identity));
    }

    /**
     * {@link #unchanged(CompileParameters)} for many identities (the offices of a nightly run), their
     * last runs found a few hundred to a query: the ones unchanged, by identity.
     */
    public Map<CompileParameters, Published> unchanged(Collection<CompileParameters> identities) {
        Map<CompileParameters, LastCompileRun.Found> last = lastRun.of(identities);
        return identities.parallelStream()
                .flatMap(identity -> unchanged(identity, Optional.ofNullable(last.get(identity)))
                        .map(published -> Map.entry(identity, published)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Optional<Published> unchanged(CompileParameters identity, Optional<LastCompileRun.Found> lastOfFirst) {
        for (long rebuild = 0; ; rebuild++) {
            CompileParameters attempt = rebuild == 0 ? identity : identity.rebuiltAs(rebuild);
            Optional<LastCompileRun.Found> last = rebuild == 0 ? lastOfFirst : lastRun.of(attempt);
            if (last.isEmpty() || last.get().status() != BatchStatus.COMPLETED) {
                return Optional.empty();
            }
            Optional<RunSummary> summary = RunSummary.of(last.get().context());
            if (stillPublished(summary, attempt.output())) {
                return Optional.of(new Published(last.get().execution(), summary.get()));
            }
        }
    }

    /** The completed run's report is still the one published, and it left nothing for a later run. */
    private static boolean stillPublished(Optional<RunSummary> summary, Path output) {
        if (summary.isEmpty() || !summary.get().reportWritten() || summary.get().filesDeferred() > 0) {
            return false;
        }
        String runFolder = Path.of(summary.get().runFolder()).getFileName().toString();
        return Publisher.latestRun(output, summary.get().fiscalYear()).map(runFolder::equals).orElse(false)
                && Files.isRegularFile(output.resolve("report.html"));
    }
}
