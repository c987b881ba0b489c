package th.ita.report.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The parameters of one office's compile job, made from its partition. Its identity is the
 * office's output folder and the multi-office run it belongs to, so each office's compilation
 * is its own job instance within that run, restarted (not repeated) when the run is restarted,
 * and can be found again from the partition alone (for the summary).
 */
public class OfficeJobParameters implements JobParametersExtractor {

    @Override
    public JobParameters getJobParameters(Job job, StepExecution partition) {
        return of(partition.getExecutionContext(), OfficesParameters.of(partition.getJobExecution().getJobParameters()))
                .toJobParameters();
    }

    public static CompileParameters of(ExecutionContext office, OfficesParameters run) {
        String override = office.getString(OfficePartitioner.OFFICE_DEFINITION, null);
        return new CompileParameters(Path.of(office.getString(OfficePartitioner.OFFICE_INPUT)),
                Path.of(office.getString(OfficePartitioner.OFFICE_OUTPUT)), run.definition(),
                override == null ? null : Path.of(override), run.quietPeriod(), null, null, null, run.run());
    }
}
