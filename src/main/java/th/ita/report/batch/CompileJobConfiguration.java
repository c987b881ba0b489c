package th.ita.report.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFile;
import th.ita.report.intake.InputFolder;
import th.ita.report.intake.IntakeLimits;
import th.ita.report.intake.WorkbookReader;
import th.ita.report.publishing.Publisher;
import th.ita.report.validation.Submission;
import th.ita.report.validation.SubmissionValidator;

/**
 * The compile job, one step per stage of the data: scan the input folder → read and validate
 * each workbook → merge and write the outputs.
 */
@Configuration
public class CompileJobConfiguration {

    public static final String JOB_NAME = "compileReport";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String DEFINITION = "definition";
    /** An office's own definition laid over the shared one (multi-office runs); absent otherwise. */
    public static final String DEFINITION_OVERRIDE = "definitionOverride";
    public static final String QUIET_PERIOD = "quietPeriod";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String FINGERPRINT = "fingerprint";

    private static final Logger log = LoggerFactory.getLogger(CompileJobConfiguration.class);

    @Bean
    public Job compileReportJob(JobRepository jobRepository, Step scanInput, Step readWorkbooks, Step writeOutputs,
                                MessageSource messages) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        if (execution.getStatus().isUnsuccessful()) {
                            execution.getExecutionContext().putString(FailureReason.KEY,
                                    FailureReason.of(execution, messages));
                            jobRepository.updateExecutionContext(execution);
                        }
                    }
                })
                .start(scanInput)
                .next(readWorkbooks)
                .next(writeOutputs)
                .build();
    }

    @Bean
    @JobScope
    public Compilation compilation(JobDefinitionLoader loader,
                                   @Value("#{jobParameters['" + DEFINITION + "']}") String definition,
                                   @Value("#{jobParameters['" + INPUT + "']}") String input,
                                   @Value("#{jobParameters['" + OUTPUT + "']}") String output,
                                   @Value("#{jobParameters['" + DEFINITION_OVERRIDE + "']}") String override) {
        Path definitionFile = Path.of(definition);
        return new Compilation(loader.load(definitionFile, override == null ? null : Path.of(override)), definitionFile,
                Path.of(input), Path.of(output));
    }

    // The compilation is held in memory, not in the job repository, so a restart must redo the
    // steps that build it: hence allowStartIfComplete on the first two steps.
    @Bean
    public Step scanInput(JobRepository jobRepository, Compilation compilation, InputFolder folder, Clock clock,
                          @Value("${ita.quiet-period:PT0S}") Duration defaultQuietPeriod) {
        return new StepBuilder("scanInput", jobRepository)
                .tasklet((contribution, context) -> {
                    Object quiet = context.getStepContext().getJobParameters().get(QUIET_PERIOD);
                    Duration quietPeriod = quiet == null ? defaultQuietPeriod : Duration.parse(quiet.toString());
                    compilation.scanned(folder.scan(compilation.input(), quietPeriod, clock.instant()));
                    return RepeatStatus.FINISHED;
                })
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step readWorkbooks(JobRepository jobRepository, ListItemReader<InputFile> workbookFiles,
                              WorkbookProcessor workbookProcessor, ItemWriter<Submission> submissionWriter) {
        return new StepBuilder("readWorkbooks", jobRepository)
                // Ten workbooks per chunk: each chunk commit updates the job repository, and a failed
                // workbook never fails a chunk (it becomes a rejected submission), so nothing is gained
                // by committing one at a time; the step is re-run whole on a restart anyway.
                .<InputFile, Submission>chunk(10)
                .reader(workbookFiles)
                .processor(workbookProcessor)
                .writer(submissionWriter)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step writeOutputs(JobRepository jobRepository, Compilation compilation, MessageSource messages,
                             ITemplateEngine templates, Clock clock, @Value("${ita.pdf.enabled:true}") boolean pdf,
                             Publisher publisher, @Value("${ita.validation.page-limit:50}") int pagePerKind) {
        return new StepBuilder("writeOutputs", jobRepository)
                .tasklet(new OutputWriter(compilation, messages, templates, clock, pdf, publisher, pagePerKind))
                .build();
    }

    @Bean
    @StepScope
    public ListItemReader<InputFile> workbookFiles(Compilation compilation) {
        return new ListItemReader<>(compilation.candidates());
    }

    @Bean
    @StepScope
    public WorkbookProcessor workbookProcessor(WorkbookReader reader, Compilation compilation, IntakeLimits limits) {
        return new WorkbookProcessor(reader, new SubmissionValidator(compilation.definition(), limits.maxCellLength()));
    }

    @Bean
    public ItemWriter<Submission> submissionWriter(Compilation compilation) {
        return chunk -> chunk.forEach(s -> {
            compilation.add(s);
            if (s.rejected()) {
                log.info("{}: rejected ({})", s.fileName(), s.reasonCode());
            } else {
                log.info("{}: {} — rows read {}, accepted {}, rejected {}", s.fileName(), s.department(),
                        s.rowsRead(), s.rowsAccepted(), s.rowsRejected());
            }
        });
    }

    @Bean
    public Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Bangkok"));
    }
}
