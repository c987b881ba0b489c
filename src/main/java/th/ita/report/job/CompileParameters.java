package th.ita.report.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;

/**
 * The compile job's parameters, typed. A run is identified by what it was made from: the output
 * folder and the fingerprint of the input files and job definition, the same for a single office
 * and for one office of many. The fiscal year, the folders and the quiet period ride along without
 * identifying the run (the year comes from the definition, whose bytes the fingerprint covers), so
 * an unchanged office is found without binding its definition again.
 *
 * @param override     an office's own definition laid over the shared one (multi-office runs), or null
 * @param quietPeriod  files modified more recently are left for the next run (null: the setting)
 * @param rebuild      set to compile again input that was compiled before (its outputs are gone)
 */
public record CompileParameters(Path input, Path output, Path definition, Path override, Duration quietPeriod,
                                Long fiscalYear, String fingerprint, Long rebuild) {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String DEFINITION = "definition";
    static final String OVERRIDE = "definitionOverride";
    static final String QUIET_PERIOD = "quietPeriod";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String FINGERPRINT = "fingerprint";
    static final String REBUILD = "rebuild";

    /** An office's run, identified by what it is made from. */
    public static CompileParameters of(Path input, Path output, Path definition, Path override, Duration quietPeriod,
                                       int fiscalYear, String fingerprint) {
        return new CompileParameters(absolute(input), absolute(output), absolute(definition),
                override == null ? null : absolute(override), quietPeriod, (long) fiscalYear, fingerprint, null);
    }

    /** An office's run as far as its identity goes, before its definition is bound (no fiscal year yet). */
    public static CompileParameters identity(Path input, Path output, Path definition, Path override,
                                             Duration quietPeriod, String fingerprint) {
        return new CompileParameters(absolute(input), absolute(output), absolute(definition),
                override == null ? null : absolute(override), quietPeriod, null, fingerprint, null);
    }

    /** The same input again, as another job instance (the outputs of the earlier ones were removed). */
    CompileParameters rebuiltAs(long rebuild) {
        return new CompileParameters(input, output, definition, override, quietPeriod, fiscalYear, fingerprint,
                rebuild);
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder p = new JobParametersBuilder().addString(OUTPUT, output.toString());
        if (fiscalYear != null) {
            p.addLong(FISCAL_YEAR, fiscalYear, false);
        }
        if (fingerprint != null) {
            p.addString(FINGERPRINT, fingerprint);
        }
        if (rebuild != null) {
            p.addLong(REBUILD, rebuild);
        }
        p.addString(INPUT, input.toString(), false).addString(DEFINITION, definition.toString(), false);
        if (override != null) {
            p.addString(OVERRIDE, override.toString(), false);
        }
        if (quietPeriod != null) {
            p.addString(QUIET_PERIOD, quietPeriod.toString(), false);
        }
        return p.toJobParameters();
    }

    public static CompileParameters of(JobParameters p) {
        String override = p.getString(OVERRIDE);
        String quiet = p.getString(QUIET_PERIOD);
        return new CompileParameters(Path.of(p.getString(INPUT)), Path.of(p.getString(OUTPUT)),
                Path.of(p.getString(DEFINITION)), override == null ? null : Path.of(override),
                quiet == null ? null : Duration.parse(quiet), p.getLong(FISCAL_YEAR), p.getString(FINGERPRINT),
                p.getLong(REBUILD));
    }

    /** The parameters of the job execution running on this thread (inside a job- or step-scoped bean). */
    static CompileParameters current() {
        return of(JobSynchronizationManager.getContext().getJobExecution().getJobParameters());
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
