package th.ita.report.batch;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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
        return of(partition.getExecutionContext(), partition.getJobExecution().getJobParameters());
    }

    public static JobParameters of(ExecutionContext office, JobParameters run) {
        String definition = run.getString(CompileJobConfiguration.DEFINITION);
        String override = office.getString(OfficePartitioner.OFFICE_DEFINITION, null);
        Path input = Path.of(office.getString(OfficePartitioner.OFFICE_INPUT));
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(CompileJobConfiguration.OUTPUT, office.getString(OfficePartitioner.OFFICE_OUTPUT))
                .addString(OfficesJobConfiguration.RUN, run.getString(OfficesJobConfiguration.RUN))
                .addString(CompileJobConfiguration.INPUT, input.toString(), false)
                .addString(CompileJobConfiguration.DEFINITION, definition, false);
        if (override != null) {
            parameters.addString(CompileJobConfiguration.DEFINITION_OVERRIDE, override, false);
        }
        String quiet = run.getString(CompileJobConfiguration.QUIET_PERIOD);
        if (quiet != null) {
            parameters.addString(CompileJobConfiguration.QUIET_PERIOD, quiet, false);
        }
        return parameters.toJobParameters();
    }
}
