package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobScopeTestUtils;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.batch.test.StepScopeTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.SampleInput;
import th.ita.report.intake.InputFile;

/**
 * The compile job with Spring Batch's own test support: the whole job, one step alone, and the
 * step-scoped reader, on the sample workbooks.
 */
@SpringBatchTest
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:compilejob"})
class CompileJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("compileReportJob")
    Job compileReportJob;

    @Autowired
    ListItemReader<InputFile> workbookFiles;

    @Autowired
    LastCompileRun lastRun;

    @Autowired
    CompileLauncher launcher;

    @Autowired
    org.springframework.batch.core.repository.JobRepository jobRepository;

    @TempDir
    Path work;

    Path input;
    Path output;

    @BeforeEach
    void theCompileJob() throws Exception {
        jobs.setJob(compileReportJob);
        input = SampleInput.copyInto(work.resolve("input"));
        output = work.resolve("output");
    }

    JobParameters parameters() {
        return CompileParameters.of(input, output, Path.of("jobs/natorn-2568.yml"), null, null, 2568,
                "test-" + System.nanoTime()).toJobParameters();
    }

    @Test
    void theJobRunsOneStepPerStageAndKeepsItsSummary() throws Exception {
        JobExecution execution = jobs.startJob(parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("scanInput", "readWorkbooks", "writeOutputs", "mailDepartments");
        StepExecution read = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("readWorkbooks")).findFirst().orElseThrow();
        assertThat(read.getReadCount()).isEqualTo(4);
        assertThat(read.getWriteCount()).isEqualTo(4);
        RunSummary summary = RunSummary.of(execution).orElseThrow();
        assertThat(summary.rowsRead()).isEqualTo(22);
        assertThat(summary.rowsAccepted()).isEqualTo(22);
        assertThat(summary.reportWritten()).isTrue();
        // Completed: its staging is gone.
        assertThat(output.resolve(Staging.FOLDER)).doesNotExist();
    }

    @Test
    void theScanStepAloneStagesEveryEntryOfTheInputFolder() throws Exception {
        Files.writeString(input.resolve("~$กองคลัง.xlsx"), "lock");
        JobExecution execution = jobs.startStep("scanInput", parameters(), new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Staging staging = Staging.of(output.toAbsolutePath().normalize(), execution.getJobInstance().getInstanceId());
        List<InputFile> scanned = staging.scan();
        assertThat(scanned).hasSize(5);
        assertThat(scanned).filteredOn(f -> f.decision() == InputFile.Decision.CANDIDATE).hasSize(4);
        assertThat(scanned).filteredOn(f -> f.name().startsWith("~$")).singleElement()
                .extracting(InputFile::reasonCode).isEqualTo("ignored.officeLock");
    }

    @Test
    void theStepScopedReaderListsOnlyTheWorkbooksNotReadYet() throws Exception {
        JobExecution scanned = jobs.startStep("scanInput", parameters(), new ExecutionContext());
        StepExecution stepExecution = MetaDataInstanceFactory.createStepExecution(scanned, "readWorkbooks", 99L);
        Staging staging = Staging.of(output.toAbsolutePath().normalize(), scanned.getJobInstance().getInstanceId());
        InputFile done = staging.scan().stream().filter(f -> f.name().equals("กองคลัง.xlsx")).findFirst().orElseThrow();
        staging.save(th.ita.report.validation.Submission.rejected(done.path(), done.modified(), "กองคลัง", 1,
                "file.unreadable", List.of("test"), List.of()));

        // The reader is step-scoped and reads the job-scoped compilation: both scopes, as in a real step.
        List<String> toRead = JobScopeTestUtils.doInJobScope(scanned, () -> StepScopeTestUtils.doInStepScope(
                stepExecution, () -> {
                    List<String> names = new ArrayList<>();
                    for (InputFile f; (f = workbookFiles.read()) != null; ) {
                        names.add(f.name());
                    }
                    return names;
                }));

        assertThat(toRead).hasSize(3).doesNotContain("กองคลัง.xlsx");
    }

    @Test
    void theLastRunIsFoundInOneQueryAsTheRepositoryFindsItAndTellsWhetherItsReportIsStillPublished() throws Exception {
        CompileParameters identity = CompileParameters.identity(input, output, Path.of("jobs/natorn-2568.yml"), null,
                null, "fingerprint-" + System.nanoTime());
        assertThat(lastRun.of(identity)).isEmpty();
        assertThat(launcher.unchanged(identity)).isEmpty();

        JobExecution compiled = launcher.launch(identity).execution();

        assertThat(compiled.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution byRepository = jobRepository.getLastJobExecution(CompileJobConfiguration.JOB_NAME,
                identity.toJobParameters());
        LastCompileRun.Found found = lastRun.of(identity).orElseThrow();
        assertThat(found.execution()).isEqualTo(byRepository.getId()).isEqualTo(compiled.getId());
        assertThat(found.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(RunSummary.of(found.context())).isEqualTo(RunSummary.of(byRepository)).isPresent();

        CompileLauncher.Published published = launcher.unchanged(identity).orElseThrow();
        assertThat(published.execution()).isEqualTo(compiled.getId());
        assertThat(published.summary().rowsRead()).isEqualTo(22);

        // Asked with many others (more than one query holds), never run: the same answer, for it alone.
        List<CompileParameters> many = new ArrayList<>();
        for (int i = 0; i < LastCompileRun.PER_QUERY + 100; i++) {
            many.add(CompileParameters.identity(input, output, Path.of("jobs/natorn-2568.yml"), null, null, "other-" + i));
        }
        many.add(identity);
        Map<CompileParameters, LastCompileRun.Found> foundMany = lastRun.of(many);
        assertThat(foundMany).containsOnlyKeys(identity);
        assertThat(foundMany.get(identity)).usingRecursiveComparison().isEqualTo(found);
        assertThat(launcher.unchanged(many)).containsOnlyKeys(identity);
        assertThat(launcher.unchanged(many).get(identity)).usingRecursiveComparison().isEqualTo(published);

        // The published report removed: the input is no longer "unchanged" (it would be compiled again).
        Files.delete(output.resolve("report.html"));
        assertThat(launcher.unchanged(identity)).isEmpty();
        assertThat(launcher.unchanged(many)).isEmpty();
        // Another input: another identity, nothing found.
        assertThat(lastRun.of(CompileParameters.identity(input, output, Path.of("jobs/natorn-2568.yml"), null, null,
                "another"))).isEmpty();
    }
}
