package th.ita.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.report.batch.CompileJobConfiguration;
import th.ita.report.rendering.DocumentText;

/**
 * {@code history [--output=DIR] [--limit=20]}: the past runs recorded in the job repository of
 * an output folder, newest first: when, outcome, files and rows, where the outputs went.
 */
@Component
class HistoryCommand implements Command {

    private final JobRepository jobRepository;
    private final MessageSource messages;
    private final Clock clock;

    HistoryCommand(JobRepository jobRepository, MessageSource messages, Clock clock) {
        this.jobRepository = jobRepository;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public int run(ApplicationArguments args) {
        int limit = Integer.parseInt(Command.option(args, "limit", "20"));
        List<JobExecution> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(CompileJobConfiguration.JOB_NAME, 0, limit)) {
            runs.addAll(jobRepository.getJobExecutions(instance));
        }
        runs.sort(Comparator.comparing(JobExecution::getStartTime, Comparator.nullsLast(Comparator.reverseOrder())));
        if (runs.isEmpty()) {
            System.out.println(message("history.none"));
            return ReportCompiler.OK;
        }
        System.out.println(message("history.header"));
        for (JobExecution run : runs.subList(0, Math.min(limit, runs.size()))) {
            ExecutionContext c = run.getExecutionContext();
            System.out.println(message("history.line", time(run.getStartTime()), run.getStatus().name(),
                    run.getExitStatus().getExitCode(), c.getLong("filesRead", 0L), c.getLong("filesRejected", 0L),
                    c.getInt("rowsAccepted", 0), c.getInt("rowsRejected", 0), c.getString("runFolder", "-")));
        }
        return ReportCompiler.OK;
    }

    private String time(LocalDateTime start) {
        if (start == null) {
            return "-";
        }
        return start.atZone(ZoneId.systemDefault()).withZoneSameInstant(clock.getZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, DocumentText.THAI_LOCALE);
    }
}
