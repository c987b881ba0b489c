package th.ita.report.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.report.intake.InputFingerprint;

/**
 * The multi-office job's first step: every office whose input and definition are those of its
 * published report (the same fingerprint as its last completed compile run, whose report is still
 * the one published) is settled here, told to the progress watcher and named in the job's context
 * ({@link UnchangedOffices}); only the other offices become partitions. The offices are looked at
 * side by side. An office that cannot be looked at (a folder that cannot be read) is simply not
 * settled: its partition fails with the reason.
 */
class SettleUnchangedOffices implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleUnchangedOffices.class);

    private final CompileLauncher launcher;
    private final OfficeProgress progress;

    SettleUnchangedOffices(CompileLauncher launcher, OfficeProgress progress) {
        this.launcher = launcher;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        OfficesParameters run = OfficesParameters.of(step.getJobParameters());
        List<Path> offices = OfficePartitioner.offices(run.input());
        Map<String, Long> unchanged = offices.parallelStream()
                .map(folder -> unchanged(folder, run).map(compiled -> {
                    String office = folder.getFileName().toString();
                    progress.unchanged(run.run(), office, compiled);
                    return Map.entry(office, compiled.execution());
                }).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        new UnchangedOffices(unchanged).storeIn(step.getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }

    private Optional<CompileLauncher.Published> unchanged(Path folder, OfficesParameters run) {
        try {
            OfficePartitioner.Office office = OfficePartitioner.office(folder, run.output());
            String fingerprint = InputFingerprint.of(office.input(), run.definition(), office.definition());
            return launcher.unchanged(CompileParameters.identity(office.input(), office.output(), run.definition(),
                    office.definition(), run.quietPeriod(), fingerprint));
        } catch (RuntimeException e) {
            // Its own partition tells why.
            log.info("Office {} is not settled here: {}", folder, e.toString());
            return Optional.empty();
        }
    }
}
