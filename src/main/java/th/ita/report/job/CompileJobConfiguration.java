package th.ita.report.job;

import java.time.Clock;
import java.time.Duration;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.ita.report.config.ItaSettings;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFile;
import th.ita.report.intake.InputFolder;
import th.ita.report.intake.IntakeLimits;
import th.ita.report.intake.WorkbookReader;
import th.ita.report.output.RunOutputs;
import th.ita.report.output.mail.DepartmentMailer;
import th.ita.report.validation.SubmissionValidator;

/**
 * The compile job, one step per stage of the data: scan the input folder → read and validate
 * each workbook → merge and write the outputs → e-mail the departments that have something to do.
 * Each step hands the next what it made through the job's {@link Staging} on disk, so a restart skips the steps that completed and re-reads only
 * the workbooks that were not read.
 */
@Configuration
public class CompileJobConfiguration {

    public static final String JOB_NAME = "compileReport";

    @Bean
    public Job compileReportJob(JobRepository jobRepository, Step scanInput, Step readWorkbooks, Step writeOutputs,
                                Step mailDepartments, MessageSource messages) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new CompileJobListener(jobRepository, messages))
                .start(scanInput)
                .next(readWorkbooks)
                .next(writeOutputs)
                .next(mailDepartments)
                .build();
    }

    /** What this execution works on: its definition and folders, and the staging its steps share. */
    @Bean
    @JobScope
    public Compilation compilation(JobDefinitionLoader loader) {
        var execution = JobSynchronizationManager.getContext().getJobExecution();
        CompileParameters parameters = CompileParameters.of(execution.getJobParameters());
        return new Compilation(loader.load(parameters.definition(), parameters.override()), parameters,
                Staging.of(parameters.output(), execution.getJobInstance().getInstanceId()));
    }

    @Bean
    public Step scanInput(JobRepository jobRepository, Compilation compilation, InputFolder folder, Clock clock,
                          ItaSettings settings) {
        return new StepBuilder("scanInput", jobRepository)
                .tasklet((contribution, context) -> {
                    Duration quiet = compilation.parameters().quietPeriod();
                    compilation.scanned(folder.scan(compilation.input(),
                            quiet == null ? settings.quietPeriod() : quiet, clock.instant()));
                    return RepeatStatus.FINISHED;
                })
                .build();
    }

    @Bean
    public Step readWorkbooks(JobRepository jobRepository, ListItemReader<InputFile> workbookFiles,
                              WorkbookProcessor workbookProcessor, Compilation compilation) {
        return new StepBuilder("readWorkbooks", jobRepository)
                // Ten workbooks per chunk: each commit updates the job repository, and a failed workbook
                // never fails a chunk (it becomes a rejected submission), so one at a time gains nothing.
                .<InputFile, th.ita.report.validation.Submission>chunk(10)
                .reader(workbookFiles)
                .processor(workbookProcessor)
                .writer(chunk -> chunk.forEach(compilation::add))
                .build();
    }

    @Bean
    public Step writeOutputs(JobRepository jobRepository, Compilation compilation, RunOutputs outputs,
                             MessageSource messages, Clock clock) {
        return new StepBuilder("writeOutputs", jobRepository)
                .tasklet(new WriteOutputs(compilation, outputs, messages, clock))
                .build();
    }

    /** The e-mail to departments, after the outputs are written; never fails the run (MailDepartments). */
    @Bean
    public Step mailDepartments(JobRepository jobRepository, Compilation compilation, DepartmentMailer mailer,
                                MessageSource messages, Clock clock) {
        return new StepBuilder("mailDepartments", jobRepository)
                .tasklet(new MailDepartments(compilation, mailer, messages, clock))
                .build();
    }

    @Bean
    @StepScope
    public ListItemReader<InputFile> workbookFiles(Compilation compilation) {
        return new ListItemReader<>(compilation.toRead());
    }

    @Bean
    @StepScope
    public WorkbookProcessor workbookProcessor(WorkbookReader reader, Compilation compilation, IntakeLimits limits) {
        return new WorkbookProcessor(reader, new SubmissionValidator(compilation.definition(), limits.maxCellLength()));
    }
}
