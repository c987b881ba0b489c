package th.ita.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.report.job.RunSummary;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.run.ExitCode;
import th.ita.report.run.RunHistory;
import th.ita.report.run.RunTimes;

/**
 * {@code history}: the past runs recorded for an output folder, newest first: when (Thai date,
 * Buddhist era), what came of it, files and rows, where its outputs went. A folder with no history
 * is said to have none; nothing is created.
 */
@Command(name = "history")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "<โฟลเดอร์>", converter = Converters.Folder.class)
    Path output = Path.of("output");

    @Option(names = "--limit", paramLabel = "<จำนวน>", converter = Converters.Count.class)
    int limit = 20;

    private final Session session;

    HistoryCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Console console = session.console();
        if (!Files.isDirectory(output.resolve(AppStarter.HISTORY))) {
            console.say("history.none");
            return ExitCode.OK.code();
        }
        return session.holding(output, "history", application -> {
            List<RunHistory.Run> runs = application.getBean(RunHistory.class).recent(limit);
            if (runs.isEmpty()) {
                console.say("history.none");
                return ExitCode.OK;
            }
            console.say("history.header");
            for (RunHistory.Run run : runs) {
                RunSummary s = run.summary().orElse(null);
                console.say("history.line", when(run.started()),
                        console.messages().get("serve.batchStatus." + run.status().name()),
                        console.messages().get("serve.exitStatus." + run.exitCode()),
                        s == null ? 0 : s.filesRead(), s == null ? 0 : s.filesRejected(),
                        s == null ? 0 : s.rowsAccepted(), s == null ? 0 : s.rowsRejected(),
                        s == null ? "-" : s.runFolder());
            }
            return ExitCode.OK;
        }).code();
    }

    private static String when(ZonedDateTime started) {
        if (started == null) {
            return "-";
        }
        return RunTimes.of(started.withZoneSameInstant(ThaiDates.BANGKOK));
    }
}
