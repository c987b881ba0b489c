package th.ita.report.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.merge.MergedMeasure;
import th.ita.report.validation.Finding;

/**
 * report.json: the merged data for machines, and the proof that nothing was lost: every file
 * with its status and row counts, every rejected row with its reasons, every warning.
 * The fields are documented in the README. Written and read here only: whoever needs a published
 * report.json (the status page) reads it through {@link #read}.
 */
public final class ReportJson {

    public record Document(int fiscalYear, String generatedAt, List<FileJson> files, List<String> missingDepartments,
                    List<RejectedRow> rejectedRows, List<Problem> warnings, List<Problem> notes,
                    List<MergedMeasure> measures, Totals totals) {
    }

    public record FileJson(String file, String department, String status, String reason, int rowsRead, int rowsAccepted,
                    int rowsRejected, String sha256) {
    }

    /** A problem and where it is, as a rejected row and a warning both give it. */
    public interface Located {
        String file();

        String sheet();

        Integer row();

        String cell();

        String message();
    }

    public record Problem(String file, String sheet, Integer row, String cell, String code, String message)
            implements Located {
    }

    /** One entry per rejected row; a row with several problems lists them all. */
    public record RejectedRow(String file, String sheet, Integer row, String cell, String code, String message,
                       List<Problem> problems) implements Located {
    }

    public record Totals(int rowsRead, int rowsAccepted, int rowsRejected) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            // A report.json from a later version, with fields this one does not know, still reads.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final FindingMessages messages;

    public ReportJson(FindingMessages messages) {
        this.messages = messages;
    }

    public void write(CompiledRun run, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document(run));
    }

    /** A report.json as written by {@link #write}. */
    public static Document read(Path file) {
        return MAPPER.readValue(file.toFile(), Document.class);
    }

    Document document(CompiledRun run) {
        List<FileJson> files = run.files().stream().map(f -> new FileJson(f.file(), f.department(), f.status().word(),
                messages.reason(f), f.rowsRead(), f.rowsAccepted(), f.rowsRejected(), f.sha256())).toList();
        return new Document(run.fiscalYear(), run.generatedAt().toOffsetDateTime().toString(), files,
                run.missingDepartments(), rejectedRows(run.errors()), run.warnings().stream().map(this::problem).toList(),
                run.notes().stream().map(this::problem).toList(),
                run.report() == null ? List.of() : run.report().measures(),
                new Totals(run.rowsRead(), run.rowsAccepted(), run.rowsRejected()));
    }

    private List<RejectedRow> rejectedRows(List<Finding> errors) {
        Map<String, List<Problem>> byRow = new LinkedHashMap<>();
        for (Finding f : errors) {
            String key = f.file() + "\u0000" + f.sheet() + "\u0000" + f.row();
            byRow.computeIfAbsent(key, k -> new ArrayList<>()).add(problem(f));
        }
        return byRow.values().stream().map(problems -> {
            Problem first = problems.get(0);
            return new RejectedRow(first.file(), first.sheet(), first.row(), first.cell(), first.code(), first.message(),
                    problems);
        }).toList();
    }

    private Problem problem(Finding f) {
        return new Problem(f.file(), f.sheet(), f.row(), f.cell(), f.code(), Objects.requireNonNull(messages.message(f)));
    }
}
