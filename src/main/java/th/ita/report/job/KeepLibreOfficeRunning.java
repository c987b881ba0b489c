package th.ita.report.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import th.ita.report.config.ItaSettings;
import th.ita.report.output.pdf.OfficeProcesses;

/**
 * For the length of a multi-office run with PDF copies, LibreOffice is kept running, one process
 * per office compiled side by side, instead of started for every office (started only when the
 * first office needs it: an unchanged rerun starts none).
 */
class KeepLibreOfficeRunning implements JobExecutionListener {

    private final OfficeProcesses processes;
    private final ItaSettings settings;

    KeepLibreOfficeRunning(OfficeProcesses processes, ItaSettings settings) {
        this.processes = processes;
        this.settings = settings;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        if (settings.pdf().enabled()) {
            processes.open(settings.offices().poolSize());
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        processes.close();
    }
}
