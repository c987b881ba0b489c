package th.ita.report.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The multi-office job's parameters, typed. Each run is its own job instance, identified by the
 * output folder and the moment it was started ({@code run}); the folders of offices, the shared
 * definition and the quiet period ride along.
 */
public record OfficesParameters(Path input, Path output, Path definition, Duration quietPeriod, String run) {

    static final String RUN = "run";

    public static OfficesParameters of(Path input, Path output, Path definition, Duration quietPeriod, String run) {
        return new OfficesParameters(input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                definition.toAbsolutePath().normalize(), quietPeriod, run);
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder p = new JobParametersBuilder()
                .addString(CompileParameters.OUTPUT, output.toString())
                .addString(RUN, run)
                .addString(CompileParameters.INPUT, input.toString(), false)
                .addString(CompileParameters.DEFINITION, definition.toString(), false);
        if (quietPeriod != null) {
            p.addString(CompileParameters.QUIET_PERIOD, quietPeriod.toString(), false);
        }
        return p.toJobParameters();
    }

    public static OfficesParameters of(JobParameters p) {
        String quiet = p.getString(CompileParameters.QUIET_PERIOD);
        return new OfficesParameters(Path.of(p.getString(CompileParameters.INPUT)),
                Path.of(p.getString(CompileParameters.OUTPUT)), Path.of(p.getString(CompileParameters.DEFINITION)),
                quiet == null ? null : Duration.parse(quiet), p.getString(RUN));
    }
}
