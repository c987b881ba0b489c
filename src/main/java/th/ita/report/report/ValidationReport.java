package th.ita.report.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import th.ita.report.definition.JobDefinition;
import th.ita.report.merge.FileOutcome;
import th.ita.report.validation.DepartmentDirectory;
import th.ita.report.validation.Finding;

/**
 * What each department must fix, built once from a run and laid out by both validation.html
 * and validation.xlsx so they never disagree. One section per expected department in the job
 * definition's order, then one per other name that sent a file; entries of the input folder
 * that belong to no department (lock files, folders, files still being copied) are listed
 * apart. Every finding of the run lands in exactly one place: a department's problems, or,
 * should its file belong to no department, the other files' problems.
 *
 * @param departments the departments, expected ones first in the definition's order
 * @param otherFiles  entries that belong to no department, with any finding that could not be placed
 */
public record ValidationReport(int fiscalYear, ZonedDateTime generatedAt, List<Department> departments,
                               OtherFiles otherFiles, Totals totals) {

    public ValidationReport {
        departments = List.copyOf(departments);
    }

    /** Where a department stands: a file read, only files rejected whole, or nothing usable sent. */
    public enum Status {
        SUBMITTED, REJECTED, MISSING;

        /** The lower-case word the template and message keys use (validation.status.*). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One file of the input folder as the department should see it. */
    public record FileLine(String name, FileOutcome.Status status, String reason, int rowsRead, int rowsAccepted,
                           int rowsRejected) {

        /** read, rejected, ignored or deferred (validation.fileStatus.*). */
        public String statusWord() {
            return status.word();
        }

        public boolean read() {
            return status == FileOutcome.Status.READ;
        }
    }

    /**
     * One finding, located and worded in Thai.
     *
     * @param finding the finding this line shows, as the run produced it
     */
    public record Problem(Finding.Severity severity, String file, String sheet, Integer row, String cell, String code,
                          String message, Finding finding) {

        public boolean error() {
            return severity == Finding.Severity.ERROR;
        }

        public boolean warning() {
            return severity == Finding.Severity.WARNING;
        }

        /** Neither error nor warning: a note of what was passed over (a hidden sheet). */
        public boolean note() {
            return !error() && !warning();
        }

        /** error, warning or note (validation.severity.*). */
        public String severityWord() {
            return severity.name().toLowerCase(Locale.ROOT);
        }

        /** The row number as Excel shows it (Arabic digits, no grouping), or null. */
        public String rowText() {
            return row == null ? null : String.valueOf(row);
        }
    }

    /**
     * A department's part of the report.
     *
     * @param expected false for a name that is not in the job definition's list
     * @param problems errors first, then warnings, each in file, sheet, row and column order
     */
    public record Department(String name, boolean expected, Status status, List<FileLine> files,
                             List<Problem> problems) {

        public Department {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public long errorCount() {
            return problems.stream().filter(Problem::error).count();
        }

        public long warningCount() {
            return problems.stream().filter(Problem::warning).count();
        }

        public long noteCount() {
            return problems.stream().filter(Problem::note).count();
        }

        public int rowsRead() {
            return files.stream().mapToInt(FileLine::rowsRead).sum();
        }

        public int rowsAccepted() {
            return files.stream().mapToInt(FileLine::rowsAccepted).sum();
        }

        public int rowsRejected() {
            return files.stream().mapToInt(FileLine::rowsRejected).sum();
        }
    }

    /** Entries of the input folder that are no department's (with their reasons), and unplaceable findings. */
    public record OtherFiles(List<FileLine> files, List<Problem> problems) {

        public OtherFiles {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean isEmpty() {
            return files.isEmpty() && problems.isEmpty();
        }
    }

    /**
     * The run's figures. Department counts are over the expected departments only; names that
     * are not in the list are counted apart as {@code unexpectedDepartments}.
     */
    public record Totals(long filesRead, long filesRejected, long filesIgnored, long filesDeferred,
                         int rowsRead, int rowsAccepted, int rowsRejected, long errors, long warnings, long notes,
                         int expectedDepartments, long departmentsSubmitted, long departmentsRejected,
                         long departmentsMissing, long unexpectedDepartments,
                         List<String> missingDepartments, List<String> rejectedDepartments) {

        public Totals {
            missingDepartments = List.copyOf(missingDepartments);
            rejectedDepartments = List.copyOf(rejectedDepartments);
        }
    }

    /** Every problem of the report, departments first, then the other files'. */
    public List<Problem> allProblems() {
        return Stream.concat(departments.stream().flatMap(d -> d.problems().stream()), otherFiles.problems().stream())
                .toList();
    }

    public static ValidationReport of(CompiledRun run, JobDefinition definition, FindingMessages messages) {
        return new Builder(run, definition, messages).build();
    }

    private static final class Builder {

        private final CompiledRun run;
        private final FindingMessages messages;
        private final List<JobDefinition.Department> expected;
        private final DepartmentDirectory directory;
        private final Map<String, Integer> fileOrder = new HashMap<>();
        private final Map<String, Map<String, Integer>> sheetOrder = new HashMap<>();

        Builder(CompiledRun run, JobDefinition definition, FindingMessages messages) {
            this.run = run;
            this.messages = messages;
            this.expected = definition.departments() == null ? List.of() : definition.departments();
            this.directory = new DepartmentDirectory(expected);
        }

        ValidationReport build() {
            for (FileOutcome f : run.files()) {
                fileOrder.putIfAbsent(f.file(), fileOrder.size());
            }
            // Findings come in workbook order, so a sheet's first finding gives its place among the file's sheets.
            for (Finding f : run.findings()) {
                Map<String, Integer> sheets = sheetOrder.computeIfAbsent(f.file(), k -> new HashMap<>());
                if (f.sheet() != null) {
                    sheets.putIfAbsent(f.sheet(), sheets.size());
                }
            }

            Map<String, Section> sections = new LinkedHashMap<>();
            for (JobDefinition.Department d : expected) {
                sections.putIfAbsent(d.name(), new Section(d.name(), true));
            }
            Map<String, Section> sectionOfFile = new HashMap<>();
            List<FileLine> otherFiles = new ArrayList<>();
            for (FileOutcome f : run.files()) {
                FileLine line = new FileLine(f.file(), f.status(), messages.reason(f), f.rowsRead(), f.rowsAccepted(),
                        f.rowsRejected());
                if (f.department() == null || f.department().isBlank()) {
                    otherFiles.add(line);
                    continue;
                }
                Section section = sections.computeIfAbsent(canonical(f.department()), name -> new Section(name, false));
                section.files.add(line);
                sectionOfFile.putIfAbsent(f.file(), section);
            }

            List<Problem> unplaced = new ArrayList<>();
            for (Finding f : run.findings()) {
                Problem problem = new Problem(f.severity(), f.file(), f.sheet(), f.row(), f.cell(), f.code(),
                        messages.message(f), f);
                Section section = f.file() == null ? null : sectionOfFile.get(f.file());
                (section == null ? unplaced : section.problems).add(problem);
            }

            List<Department> departments = sections.values().stream().map(s -> s.department(order())).toList();
            unplaced.sort(order());
            return new ValidationReport(run.fiscalYear(), run.generatedAt(), departments,
                    new OtherFiles(otherFiles, unplaced), totals(departments));
        }

        /** The definition's name for a department however the file gave it; the name as given when none matches. */
        private String canonical(String department) {
            for (JobDefinition.Department d : expected) {
                if (d.name().equals(department)) {
                    return d.name();
                }
            }
            DepartmentDirectory.Match match = directory.match(department);
            return match == null ? department : match.department().name();
        }

        /** Errors, then warnings, then notes; each by file (folder order), sheet (workbook order), row, column. */
        private Comparator<Problem> order() {
            Comparator<Problem> bySeverity = Comparator.comparingInt(p -> p.error() ? 0 : p.warning() ? 1 : 2);
            return bySeverity
                    .thenComparing(p -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                    .thenComparing(Problem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(p -> p.sheet() == null ? -1
                            : sheetOrder.getOrDefault(p.file(), Map.of()).getOrDefault(p.sheet(), Integer.MAX_VALUE))
                    .thenComparing(Problem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(p -> column(p.cell()));
        }

        private Totals totals(List<Department> departments) {
            List<Department> expected = departments.stream().filter(Department::expected).toList();
            List<String> missing = names(expected, Status.MISSING);
            List<String> rejected = names(expected, Status.REJECTED);
            return new Totals(run.count(FileOutcome.Status.READ), run.count(FileOutcome.Status.REJECTED),
                    run.count(FileOutcome.Status.IGNORED), run.count(FileOutcome.Status.DEFERRED),
                    run.rowsRead(), run.rowsAccepted(), run.rowsRejected(),
                    run.errors().size(), run.warnings().size(),
                    run.findings().size() - run.errors().size() - run.warnings().size(),
                    expected.size(), names(expected, Status.SUBMITTED).size(), rejected.size(), missing.size(),
                    departments.size() - expected.size(), missing, rejected);
        }

        private static List<String> names(List<Department> departments, Status status) {
            return departments.stream().filter(d -> d.status() == status).map(Department::name).toList();
        }
    }

    /** The column number of a reference such as "AB12" (0 for none), so B comes before AA. */
    static int column(String cell) {
        if (cell == null) {
            return 0;
        }
        int column = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = Character.toUpperCase(cell.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), 1 << 20);
        }
        return column;
    }

    private static final class Section {

        final String name;
        final boolean expected;
        final List<FileLine> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Section(String name, boolean expected) {
            this.name = name;
            this.expected = expected;
        }

        Department department(Comparator<Problem> order) {
            problems.sort(order);
            Status status = files.stream().anyMatch(FileLine::read) ? Status.SUBMITTED
                    : files.stream().anyMatch(f -> f.status() == FileOutcome.Status.REJECTED) ? Status.REJECTED
                    : Status.MISSING;
            return new Department(name, expected, status, files, problems);
        }
    }
}
