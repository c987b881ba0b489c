package th.ita.report.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.merge.MergedMeasure;
import th.ita.report.validation.Finding;

/**
 * report.json: the merged data for machines, and the proof that nothing was lost: every file
 * with its status and row counts, every rejected row with its reasons, every warning.
 * The fields are documented in the README.
 */
public final class ReportJson {

    record Document(int fiscalYear, String generatedAt, List<FileJson> files, List<String> missingDepartments,
                    List<RejectedRow> rejectedRows, List<Problem> warnings, List<Problem> notes,
                    List<MergedMeasure> measures, Totals totals) {
    }

    record FileJson(String file, String department, String status, String reason, int rowsRead, int rowsAccepted,
                    int rowsRejected, String sha256) {
    }

    record Problem(String file, String sheet, Integer row, String cell, String code, String message) {
    }

    /** One entry per rejected row; a row with several problems lists them all. */
    record RejectedRow(String file, String sheet, Integer row, String cell, String code, String message,
                       List<Problem> problems) {
    }

    record Totals(int rowsRead, int rowsAccepted, int rowsRejected) {
    }

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final FindingMessages messages;

    public ReportJson(FindingMessages messages) {
        this.messages = messages;
    }

    public void write(CompiledRun run, OutputStream out) throws IOException {
        mapper.writeValue(out, document(run));
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
