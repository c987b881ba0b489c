package th.ita.report.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started a multi-office run each time one of its offices is done (settled as
 * unchanged, or its partition's step has ended, its compile job with it), so the console can count
 * them off as they come. A run is watched by its own id, so runs never see each other's offices.
 */
@Component
public class OfficeProgress implements StepExecutionListener {

    /** What a run's starter is told, from whichever thread the office was done on. */
    public interface Watcher {

        /** An office's partition has ended (compiled, or failed). */
        void compiled(StepExecution partition);

        /** An office did not change since its published report, which {@code published} compiled. */
        void unchanged(String office, CompileLauncher.Published published);
    }

    private final Map<String, Watcher> watchers = new ConcurrentHashMap<>();

    /** Watches the offices of one run until the returned handle is closed. */
    public AutoCloseable watch(String run, Watcher watcher) {
        watchers.put(run, watcher);
        return () -> watchers.remove(run);
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        Watcher watcher = watchers.get(OfficesParameters.of(partition.getJobParameters()).run());
        if (watcher != null) {
            watcher.compiled(partition);
        }
        return null;
    }

    void unchanged(String run, String office, CompileLauncher.Published published) {
        Watcher watcher = watchers.get(run);
        if (watcher != null) {
            watcher.unchanged(office, published);
        }
    }
}
