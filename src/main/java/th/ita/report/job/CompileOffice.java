package th.ita.report.job;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFingerprint;

/**
 * One office of a multi-office run (a partition; offices that did not change were settled before,
 * by {@link SettleUnchangedOffices}): its definition (the shared one with the office's own laid over
 * it) is read, and its input compiled by the {@link CompileLauncher} exactly as a single office is.
 * The partition fails when the office does, so restarting the run takes it up again. A plain step
 * (no chunk transaction around it, like Spring Batch's own JobStep): it starts a job of its own.
 */
class CompileOffice extends AbstractStep {

    /** Why an office failed, carried to the partition's step execution. */
    static final class OfficeFailedException extends RuntimeException {
        OfficeFailedException(String reason) {
            super(reason);
        }
    }

    private final CompileLauncher launcher;
    private final JobDefinitionLoader loader;
    private final MessageSource messages;

    CompileOffice(JobRepository jobRepository, CompileLauncher launcher, JobDefinitionLoader loader,
                  MessageSource messages) {
        super(jobRepository);
        setName("compileOffice");
        this.launcher = launcher;
        this.loader = loader;
        this.messages = messages;
    }

    @Override
    protected void doExecute(StepExecution partition) throws Exception {
        ExecutionContext office = partition.getExecutionContext();
        OfficesParameters run = OfficesParameters.of(partition.getJobParameters());
        Path input = Path.of(office.getString(OfficePartitioner.OFFICE_INPUT));
        String own = office.getString(OfficePartitioner.OFFICE_DEFINITION, null);
        Path override = own == null ? null : Path.of(own);
        Path output = Path.of(office.getString(OfficePartitioner.OFFICE_OUTPUT));
        String fingerprint = InputFingerprint.of(input, run.definition(), override);
        JobDefinition definition;
        try {
            definition = loader.load(run.definition(), override);
        } catch (JobDefinitionException e) {
            String reason = FailureReason.of(e, messages);
            new OfficeOutcome(null, false, reason).storeIn(office);
            throw new OfficeFailedException(reason);
        }
        CompileLauncher.Launch launch = launcher.launch(CompileParameters.of(input, output, run.definition(), override,
                run.quietPeriod(), definition.fiscalYear(), fingerprint));
        String failure = launch.execution().getStatus() == BatchStatus.COMPLETED ? null
                : FailureReason.recorded(launch.execution()).orElseGet(() -> FailureReason.of(launch.execution(), messages));
        new OfficeOutcome(launch.execution().getId(), launch.unchanged(), failure).storeIn(office);
        if (failure != null) {
            throw new OfficeFailedException(failure);
        }
    }
}
