package th.ita.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.report.calendar.FiscalYear;
import th.ita.report.calendar.Period;
import th.ita.report.calendar.PeriodParser;
import th.ita.report.definition.JobDefinition;
import th.ita.report.intake.CellValue;
import th.ita.report.intake.Column;
import th.ita.report.intake.InputFile;
import th.ita.report.intake.IntakeLimits;
import th.ita.report.intake.TableRow;
import th.ita.report.intake.WorkbookContent;
import th.ita.report.text.Numerals;

/**
 * Checks one workbook against the year's job definition: which department sent it, for which
 * year, and each row against the measures. Rows that start a measure open a
 * {@link Contribution}; rows with an empty measure cell continue the one above. Every row read
 * ends accepted or rejected with a finding that names its cell.
 */
public final class SubmissionValidator {

    /** The cells whose text is published as written, and so checked for slips. */
    private static final Column[] TEXT_COLUMNS = {Column.STEPS, Column.RESPONSIBLE, Column.OUTPUT, Column.OUTCOME};
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|\\d{2})(?!\\d)");

    private final JobDefinition definition;
    private final MeasureResolver measures;
    private final DepartmentDirectory departments;
    private final PeriodParser periods;
    private final FiscalYear fiscalYear;
    private final TextChecks textChecks;

    private final int maxCellLength;

    public SubmissionValidator(JobDefinition definition) {
        this(definition, IntakeLimits.DEFAULTS.maxCellLength());
    }

    public SubmissionValidator(JobDefinition definition, int maxCellLength) {
        this.definition = definition;
        this.maxCellLength = maxCellLength;
        this.measures = new MeasureResolver(definition.measures());
        this.departments = new DepartmentDirectory(definition.departments());
        this.fiscalYear = new FiscalYear(definition.fiscalYear());
        this.periods = new PeriodParser(fiscalYear);
        this.textChecks = new TextChecks(definition.fiscalYear());
    }

    public Submission validate(InputFile input, WorkbookContent content) {
        String file = input.name();
        List<Finding> findings = new ArrayList<>();
        for (WorkbookContent.SheetNote note : content.sheetNotes()) {
            findings.add(Finding.note(note.code(), file, note.sheet(), note.arguments().toArray()));
        }

        DepartmentDirectory.Match match = departments.match(content.department());
        String department = match == null ? ItemSplitter.display(content.department()) : match.department().name();
        int rank = match == null ? departments.size() : match.rank();
        if (match == null) {
            findings.add(Finding.warning(content.fromFileName() ? "department.unknownFileName" : "department.unknown",
                    file, null, null, null, content.department()));
        } else if (!match.exact() && !content.fromFileName()) {
            findings.add(Finding.warning("department.spelling", file, null, null, null,
                    content.department(), department));
        }

        if (content.fiscalYearText() != null) {
            Integer year = buddhistYear(content.fiscalYearText());
            if (year == null) {
                findings.add(Finding.warning("year.unreadable", file, null, null, null, content.fiscalYearText()));
            } else if (year != definition.fiscalYear()) {
                return Submission.rejected(input.path(), input.modified(), department, rank, "file.otherYear",
                        List.of(year), findings);
            }
        }

        RowFolding folding = new RowFolding(file, findings);
        for (TableRow row : content.rows()) {
            folding.accept(row);
        }
        if (content.rows().isEmpty()) {
            findings.add(Finding.warning("file.noRows", file, null, null, null));
        }
        return new Submission(input.path(), input.modified(), content.format(), department, rank, false, null, List.of(),
                folding.read, folding.accepted, folding.read - folding.accepted, folding.contributions, findings);
    }

    /** The year a ปีงบประมาณ label gives, as a Buddhist-era year; null when none can be read. */
    static Integer buddhistYear(String text) {
        Matcher m = YEAR.matcher(Numerals.toArabic(text));
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 2) {
            return 2500 + year;
        }
        return year < 2400 ? year + 543 : year;
    }

    /** Walks the rows of one workbook in order, folding continuation rows into the row above. */
    private final class RowFolding {
        private final String file;
        private final List<Finding> findings;
        private final List<Contribution> contributions = new ArrayList<>();
        private Contribution current;
        private boolean aboveRejected;
        private String sheet;
        private int read;
        private int accepted;

        RowFolding(String file, List<Finding> findings) {
            this.file = file;
            this.findings = findings;
        }

        void accept(TableRow row) {
            if (!row.sheet().equals(sheet)) {
                sheet = row.sheet();
                current = null;
                aboveRejected = false;
            }
            read++;
            List<Finding> errors = new ArrayList<>();
            for (CellValue cell : row.cells().values()) {
                if (cell.error() != null) {
                    errors.add(error(row, "cell.formulaError", cell.ref(), cell.error()));
                } else if (cell.text().length() > maxCellLength) {
                    errors.add(error(row, "cell.tooLong", cell.ref(), cell.text().length(), maxCellLength));
                }
            }
            CellValue measureCell = row.cell(Column.MEASURE);
            MeasureResolution resolution = measures.resolve(measureCell.text());
            boolean continuation = resolution.outcome() == MeasureResolution.Outcome.EMPTY && measureCell.error() == null;
            switch (resolution.outcome()) {
                case EMPTY -> {
                    if (measureCell.error() == null && current == null) {
                        errors.add(error(row, aboveRejected ? "row.continuesRejected" : "row.noMeasure",
                                measureCell.ref()));
                    }
                }
                case NAME_MISMATCH -> findings.add(Finding.warning("measure.nameMismatch", file, row.sheet(),
                        row.rowNumber(), measureCell.ref(), measureCell.text().strip(),
                        resolution.measure().number(), resolution.measure().name()));
                case AMBIGUOUS -> errors.add(error(row, "measure.ambiguous", measureCell.ref(), measureCell.text().strip()));
                case UNKNOWN_NUMBER -> errors.add(error(row, "measure.unknownNumber", measureCell.ref(),
                        measureCell.text().strip(), definition.measures().size()));
                case UNKNOWN_NAME -> errors.add(error(row, "measure.unknownName", measureCell.ref(), measureCell.text().strip()));
                case RESOLVED -> { }
            }
            if (!continuation && errors.isEmpty()
                    && row.text(Column.STEPS).isBlank() && row.text(Column.OUTPUT).isBlank()) {
                errors.add(error(row, "row.noContent", row.cell(Column.STEPS).ref(), row.cell(Column.OUTPUT).ref()));
            }
            if (!errors.isEmpty()) {
                findings.addAll(errors);
                current = null;
                aboveRejected = true;
                return;
            }
            if (continuation) {
                continueWith(row);
            } else {
                current = new Contribution(resolution.measure(), row.sheet(), row.rowNumber());
                contributions.add(current);
                current.steps().addAll(ItemSplitter.split(row.text(Column.STEPS)));
                current.outputs().addAll(ItemSplitter.split(row.text(Column.OUTPUT)));
                current.outcomes().addAll(ItemSplitter.split(row.text(Column.OUTCOME)));
                readPeriod(row);
                addResponsible(row);
            }
            for (Column column : TEXT_COLUMNS) {
                CellValue cell = row.cell(column);
                for (Finding.Builder warning : textChecks.check(cell)) {
                    findings.add(warning.warningAt(file, row.sheet(), row.rowNumber(), cell.ref()));
                }
            }
            aboveRejected = false;
            accepted++;
        }

        private void continueWith(TableRow row) {
            extend(current.steps(), row.text(Column.STEPS));
            extend(current.outputs(), row.text(Column.OUTPUT));
            extend(current.outcomes(), row.text(Column.OUTCOME));
            if (current.periodText().isBlank() && current.period() == null) {
                readPeriod(row);
            }
            addResponsible(row);
        }

        private void extend(List<Item> items, String cell) {
            if (cell.isBlank()) {
                return;
            }
            int lastNumber = 0;
            for (Item item : items) {
                if (item.number() != null) {
                    lastNumber = item.number();
                }
            }
            ItemSplitter.Continued continued = ItemSplitter.splitContinuing(cell, lastNumber);
            if (!continued.leadingText().isBlank()) {
                if (items.isEmpty()) {
                    items.addAll(ItemSplitter.split(continued.leadingText()));
                } else {
                    items.set(items.size() - 1, items.get(items.size() - 1).append(continued.leadingText()));
                }
            }
            items.addAll(continued.items());
        }

        private void readPeriod(TableRow row) {
            CellValue cell = row.cell(Column.PERIOD);
            if (cell.date() != null) {
                Period period = periods.fromDate(cell.date());
                current.period(cell.date().toString(), period);
                checkInYear(row, cell, period);
                return;
            }
            String text = ItemSplitter.display(cell.text());
            if (text.isEmpty()) {
                return;
            }
            Optional<Period> period = periods.parse(text);
            current.period(text, period.orElse(null));
            if (period.isEmpty()) {
                findings.add(Finding.warning("period.unreadable", file, row.sheet(), row.rowNumber(), cell.ref(), text));
            } else {
                checkInYear(row, cell, period.get());
            }
        }

        private void checkInYear(TableRow row, CellValue cell, Period period) {
            if (!fiscalYear.contains(period)) {
                findings.add(Finding.warning("period.outsideYear", file, row.sheet(), row.rowNumber(), cell.ref(),
                        cell.date() != null ? cell.date().toString() : cell.text().strip(),
                        definition.fiscalYear()));
            }
        }

        private void addResponsible(TableRow row) {
            String text = row.text(Column.RESPONSIBLE).strip();
            if (!text.isEmpty()) {
                current.responsible().add(text);
            }
        }

        private Finding error(TableRow row, String code, String cell, Object... args) {
            return Finding.error(code, file, row.sheet(), row.rowNumber(), cell, args);
        }
    }
}
