package th.ita.report.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        // Each office's identity (its fingerprint) side by side, then all their last runs at once.
        Map<String, CompileParameters> identities = OfficePartitioner.offices(run.input()).parallelStream()
                .flatMap(folder -> identity(folder, run).map(identity -> Map.entry(folder.getFileName().toString(), identity))
                        .stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        Map<CompileParameters, CompileLauncher.Published> published = launcher.unchanged(identities.values());
        Map<String, Long> unchanged = new TreeMap<>();
        identities.forEach((office, identity) -> {
            CompileLauncher.Published compiled = published.get(identity);
            if (compiled != null) {
                progress.unchanged(run.run(), office, compiled);
                unchanged.put(office, compiled.execution());
            }
        });
        new UnchangedOffices(unchanged).storeIn(step.getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }

    private Optional<CompileParameters> identity(Path folder, OfficesParameters run) {
        try {
            OfficePartitioner.Office office = OfficePartitioner.office(folder, run.output());
            String fingerprint = InputFingerprint.of(office.input(), run.definition(), office.definition());
            return Optional.of(CompileParameters.identity(office.input(), office.output(), run.definition(),
                    office.definition(), run.quietPeriod(), fingerprint));
        } catch (RuntimeException e) {
            // Its own partition tells why.
            log.info("Office {} is not settled here: {}", folder, e.toString());
            return Optional.empty();
        }
    }
}
