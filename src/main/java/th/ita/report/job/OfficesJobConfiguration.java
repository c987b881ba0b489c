package th.ita.report.job;

import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import th.ita.report.config.ItaSettings;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.output.pdf.OfficeProcesses;

/**
 * The multi-office job: first the offices whose input did not change since their published report
 * are settled ({@link SettleUnchangedOffices}: not compiled again, and recorded in one step rather
 * than one per office); then one partition per remaining office folder, each compiled by the
 * ordinary compile job ({@link CompileOffice}), on a thread pool sized to the machine's cores. Each
 * compiled office's outcome is its own step execution and its own compile-job run in the job
 * repository, so one office failing does not stop the others, and restarting the run re-runs only
 * the offices that failed (Spring Batch skips partitions that completed).
 *
 * <p>The partitions run in this process; the same job runs across machines by giving the
 * partitioned step a remote partition handler (spring-batch-integration) and pointing every
 * machine at one shared job repository database (README, "Many offices").
 */
@Configuration
public class OfficesJobConfiguration {

    public static final String JOB_NAME = "compileOffices";

    @Bean
    public Job compileOfficesJob(JobRepository jobRepository, Step settleUnchangedOffices, Step compileOffices,
                                 OfficeProcesses officeProcesses, ItaSettings settings) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new KeepLibreOfficeRunning(officeProcesses, settings))
                .start(settleUnchangedOffices).next(compileOffices).build();
    }

    /** First, the offices whose input did not change since their published report: no partition for them. */
    @Bean
    public Step settleUnchangedOffices(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                       CompileLauncher launcher, OfficeProgress progress) {
        return new StepBuilder("settleUnchangedOffices", jobRepository)
                .tasklet(new SettleUnchangedOffices(launcher, progress), transactionManager).build();
    }

    @Bean
    public Step compileOffices(JobRepository jobRepository, OfficePartitioner officePartitioner, Step compileOffice,
                               @Qualifier("officeExecutor") ThreadPoolTaskExecutor officeExecutor) {
        return new StepBuilder(JOB_NAME, jobRepository)
                .partitioner("compileOffice", officePartitioner)
                .step(compileOffice)
                .taskExecutor(officeExecutor)
                .gridSize(officeExecutor.getMaxPoolSize())
                .build();
    }

    /** One office: compiled as a single office is (the compile job), unless nothing changed. */
    @Bean
    public Step compileOffice(JobRepository jobRepository, CompileLauncher launcher, JobDefinitionLoader loader,
                              MessageSource messages, OfficeProgress progress) {
        CompileOffice step = new CompileOffice(jobRepository, launcher, loader, messages);
        step.registerStepExecutionListener(progress);
        return step;
    }

    @Bean
    @StepScope
    public OfficePartitioner officePartitioner() {
        StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
        OfficesParameters run = OfficesParameters.of(step.getJobParameters());
        return new OfficePartitioner(run.input(), run.output(),
                UnchangedOffices.of(step.getJobExecution().getExecutionContext())
                        .map(u -> u.compiledBy().keySet()).orElse(Set.of()));
    }

    /** Offices compile side by side, one per core unless ita.offices.threads says otherwise. */
    @Bean
    public ThreadPoolTaskExecutor officeExecutor(ItaSettings settings) {
        int size = settings.offices().poolSize();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("office-");
        executor.initialize();
        return executor;
    }
}
