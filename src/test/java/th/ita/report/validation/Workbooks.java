package th.ita.report.validation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.CellValue;
import th.ita.report.intake.Column;
import th.ita.report.intake.InputFile;
import th.ita.report.intake.TableRow;
import th.ita.report.intake.WorkbookContent;

/** Builds read workbooks in memory for validation and merge tests: rows of six cells, no POI. */
public final class Workbooks {

    public static final JobDefinition NATORN = new JobDefinitionLoader().load(Path.of("jobs/natorn-2568.yml"));

    private final String department;
    private final List<TableRow> rows = new ArrayList<>();
    private String year;
    private Instant modified = Instant.parse("2025-05-01T00:00:00Z");

    private Workbooks(String department) {
        this.department = department;
    }

    public static Workbooks from(String department) {
        return new Workbooks(department);
    }

    public Workbooks year(String text) {
        this.year = text;
        return this;
    }

    public Workbooks modified(Instant when) {
        this.modified = when;
        return this;
    }

    /** A row: measure, steps, period, responsible, output, outcome (in that order). */
    public Workbooks row(String measure, String steps, String period, String responsible, String output, String outcome) {
        int r = rows.size() + 5;
        String[] texts = {measure, steps, period, responsible, output, outcome};
        Column[] order = {Column.MEASURE, Column.STEPS, Column.PERIOD, Column.RESPONSIBLE, Column.OUTPUT, Column.OUTCOME};
        Map<Column, CellValue> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < order.length; i++) {
            String ref = (char) ('A' + i) + String.valueOf(r);
            cells.put(order[i], texts[i].startsWith("#") ? new CellValue(ref, "", null, texts[i])
                    : new CellValue(ref, texts[i], null, null));
        }
        rows.add(new TableRow("Sheet1", r, cells));
        return this;
    }

    public WorkbookContent content() {
        return new WorkbookContent(file(), "xlsx", department, false, year, rows, List.of());
    }

    public InputFile input() {
        return new InputFile(file(), modified, 100, InputFile.Decision.CANDIDATE, null);
    }

    public Submission validate() {
        return validate(NATORN);
    }

    public Submission validate(JobDefinition definition) {
        return new SubmissionValidator(definition).validate(input(), content());
    }

    private Path file() {
        return Path.of("/in/" + department + ".xlsx");
    }
}
