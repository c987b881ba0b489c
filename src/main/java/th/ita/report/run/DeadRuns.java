package th.ita.report.run;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import th.ita.report.job.CompileJobConfiguration;
import th.ita.report.job.OfficesJobConfiguration;

/**
 * Runs that died (killed, power cut) stay "running" in the job repository. Whoever holds an output
 * folder's {@link RunLock} knows that no run of that folder is running, so it records every such
 * run of the folder (and of its offices' folders) as failed, Spring Batch's own way, before it
 * starts its own: they can then be restarted, and the history does not show them running forever.
 */
final class DeadRuns {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    DeadRuns(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Records as failed the runs of both jobs whose output folder is this one or inside it. */
    void recover(Path output) throws Exception {
        for (String job : new String[] {OfficesJobConfiguration.JOB_NAME, CompileJobConfiguration.JOB_NAME}) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
                String folder = execution.getJobParameters().getString("output");
                if (folder != null && Path.of(folder).startsWith(output)) {
                    jobOperator.recover(execution);
                }
            }
        }
    }
}
