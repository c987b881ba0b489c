package th.ita.report.run;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import th.ita.report.job.CompileJobConfiguration;
import th.ita.report.job.FailureReason;
import th.ita.report.job.RunSummary;

/** The compile runs recorded in the job repository, newest first, as the history command and the status page show them. */
@Service
public class RunHistory {

    /**
     * One run.
     *
     * @param finished null while running (or when it died)
     * @param exitCode the job's exit status (COMPLETED, FAILED, NO_REPORT...)
     * @param failure  why a run that did not complete failed, as the job recorded it (empty otherwise)
     */
    public record Run(long id, ZonedDateTime started, ZonedDateTime finished, BatchStatus status, String exitCode,
                      Optional<RunSummary> summary, Optional<String> failure) {
    }

    private final JobRepository jobRepository;

    RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** The last {@code limit} runs, newest first. */
    public List<Run> recent(int limit) {
        List<JobExecution> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(CompileJobConfiguration.JOB_NAME, 0, limit)) {
            runs.addAll(jobRepository.getJobExecutions(instance));
        }
        runs.sort(Comparator.comparing(JobExecution::getStartTime, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs.subList(0, Math.min(limit, runs.size())).stream().map(RunHistory::run).toList();
    }

    private static Run run(JobExecution execution) {
        // Spring Batch keeps times as LocalDateTime in the machine's zone.
        ZoneId zone = ZoneId.systemDefault();
        return new Run(execution.getId(),
                execution.getStartTime() == null ? null : execution.getStartTime().atZone(zone),
                execution.getEndTime() == null ? null : execution.getEndTime().atZone(zone),
                execution.getStatus(), execution.getExitStatus().getExitCode(), RunSummary.of(execution),
                execution.getStatus() == BatchStatus.COMPLETED ? Optional.empty() : FailureReason.recorded(execution));
    }
}
