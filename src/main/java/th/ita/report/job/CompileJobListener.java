package th.ita.report.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.MessageSource;

/**
 * Around each compile job execution: staging of earlier runs that will not be restarted is
 * removed before it starts, its own staging when it completes; a failure's reason is kept with the
 * execution (the repository does not keep exceptions), for the summaries that read it later.
 */
class CompileJobListener implements JobExecutionListener {

    private final JobRepository jobRepository;
    private final MessageSource messages;

    CompileJobListener(JobRepository jobRepository, MessageSource messages) {
        this.jobRepository = jobRepository;
        this.messages = messages;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        // One run at a time per output folder: any other instance's staging belongs to a run that was
        // superseded (its input changed since) and will not be restarted.
        Staging.removeOthers(CompileParameters.of(execution.getJobParameters()).output(), instance(execution));
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Staging.of(CompileParameters.of(execution.getJobParameters()).output(), instance(execution)).delete();
        } else if (execution.getStatus().isUnsuccessful()) {
            FailureReason.record(execution, messages);
            jobRepository.updateExecutionContext(execution);
        }
    }

    private static long instance(JobExecution execution) {
        return execution.getJobInstance().getInstanceId();
    }
}
