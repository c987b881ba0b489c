package th.ita.report.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.merge.FileOutcome;
import th.ita.report.output.RunOutputs;
import th.ita.report.report.CompiledRun;

/**
 * What one compile run did, as the console, the run history, the multi-office summary and the
 * status page read it. Written once by the last step into the job execution's context (one JSON
 * value under one key, so it is kept with the run in the job repository) and read back only here.
 *
 * @param reportWritten       false when no row was usable: the previous report stays published
 * @param missingDepartments  expected departments with no usable workbook
 * @param runFolder           this run's own folder of outputs
 * @param output              the output folder (the top-level copies)
 * @param pdf                 what became of the PDF copies
 * @param files               every entry of the input folder and what became of it
 * @param mail                the e-mails to departments after the run (empty when none are configured)
 */
public record RunSummary(int fiscalYear, long filesRead, long filesRejected, long filesIgnored, long filesDeferred,
                         int rowsRead, int rowsAccepted, int rowsRejected, int warnings,
                         List<String> missingDepartments, boolean reportWritten, String output, String runFolder,
                         RunOutputs.Pdf pdf, List<File> files, List<Mail> mail) {

    /**
     * One e-mail to a department about its part of the validation report, one per address. Not
     * sent and no error: the same e-mail was sent after an earlier run (the department's part has
     * not changed since), so it was not sent again.
     *
     * @param error why it was not sent, in Thai (null when it was sent, or needed no sending)
     */
    public record Mail(String department, String address, boolean sent, String error) {

        public boolean failed() {
            return !sent && error != null;
        }

        /** Not sent again: unchanged since it was last sent. */
        public boolean unchanged() {
            return !sent && error == null;
        }
    }

    /** One entry of the input folder: read (with its rows), rejected, ignored or deferred, and why in Thai. */
    public record File(String name, String department, FileOutcome.Status status, String reason, int rowsRead,
                       int rowsAccepted, int rowsRejected) {
    }

    static final String KEY = "summary";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public RunSummary {
        missingDepartments = List.copyOf(missingDepartments);
        files = files == null ? List.of() : List.copyOf(files);
        mail = mail == null ? List.of() : List.copyOf(mail);
    }

    /** @param reasons the Thai reason of a file's outcome */
    static RunSummary of(CompiledRun run, RunOutputs.Written written, Path output, Function<FileOutcome, String> reasons) {
        List<File> files = run.files().stream().map(f -> new File(f.file(), f.department(), f.status(),
                reasons.apply(f), f.rowsRead(), f.rowsAccepted(), f.rowsRejected())).toList();
        return new RunSummary(run.fiscalYear(), run.count(FileOutcome.Status.READ),
                run.count(FileOutcome.Status.REJECTED), run.count(FileOutcome.Status.IGNORED),
                run.count(FileOutcome.Status.DEFERRED), run.rowsRead(), run.rowsAccepted(), run.rowsRejected(),
                run.warnings().size(), run.missingDepartments(), written.reportWritten(),
                output.toAbsolutePath().toString(), written.runFolder().toAbsolutePath().toString(), written.pdf(),
                files, List.of());
    }

    /** The same summary with what became of the e-mails to departments. */
    RunSummary withMail(List<Mail> sent) {
        return new RunSummary(fiscalYear, filesRead, filesRejected, filesIgnored, filesDeferred, rowsRead, rowsAccepted,
                rowsRejected, warnings, missingDepartments, reportWritten, output, runFolder, pdf, files, sent);
    }

    void storeIn(ExecutionContext context) {
        context.putString(KEY, JSON.writeValueAsString(this));
    }

    /** The summary of a run that got as far as writing its outputs. */
    public static Optional<RunSummary> of(JobExecution execution) {
        return of(execution.getExecutionContext());
    }

    /** The summary kept in a compile run's job context, if it got as far as writing its outputs. */
    static Optional<RunSummary> of(ExecutionContext context) {
        String json = context.getString(KEY, null);
        return json == null ? Optional.empty() : Optional.of(JSON.readValue(json, RunSummary.class));
    }
}
