package th.ita.report.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started a multi-office run each time one of its offices is done (the partition's
 * step has ended, its compile job with it), so the console can count them off as they come. A run
 * is watched by its own id, so runs never see each other's offices.
 */
@Component
public class OfficeProgress implements StepExecutionListener {

    private final Map<String, Consumer<StepExecution>> watchers = new ConcurrentHashMap<>();

    /** Watches the offices of one run until the returned handle is closed. */
    public AutoCloseable watch(String run, Consumer<StepExecution> officeDone) {
        watchers.put(run, officeDone);
        return () -> watchers.remove(run);
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        Consumer<StepExecution> watcher = watchers.get(OfficesParameters.of(partition.getJobParameters()).run());
        if (watcher != null) {
            watcher.accept(partition);
        }
        return null;
    }
}
