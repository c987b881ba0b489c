package th.ita.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
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
    /** A department's few dozen rows are not worth the threads; a sheet of thousands is. */
    static final int PARALLEL_FROM = 1000;
    /** Rows handed to the lookahead's worker at a time. */
    static final int LOOKAHEAD_BATCH = 512;

    private final JobDefinition definition;
    private final MeasureResolver measures;
    private final DepartmentDirectory departments;
    private final PeriodParser periods;
    private final FiscalYear fiscalYear;
    private final TextChecks textChecks;

    private final int maxCellLength;
    private final int parallelFrom;

    public SubmissionValidator(JobDefinition definition) {
        this(definition, IntakeLimits.DEFAULTS.maxCellLength());
    }

    public SubmissionValidator(JobDefinition definition, int maxCellLength) {
        this(definition, maxCellLength, PARALLEL_FROM);
    }

    /** @param parallelFrom from how many rows a workbook's rows are looked at in parallel */
    SubmissionValidator(JobDefinition definition, int maxCellLength, int parallelFrom) {
        this.definition = definition;
        this.maxCellLength = maxCellLength;
        this.parallelFrom = parallelFrom;
        this.measures = new MeasureResolver(definition.measures());
        this.departments = new DepartmentDirectory(definition.departments());
        this.fiscalYear = new FiscalYear(definition.fiscalYear());
        this.periods = new PeriodParser(fiscalYear);
        this.textChecks = new TextChecks(definition.fiscalYear());
    }

    public Submission validate(InputFile input, WorkbookContent content) {
        return validate(input, content, null);
    }

    /**
     * What each row says on its own, worked out on another core while the workbook is still being
     * read: given each row as the reader keeps it ({@link #validate(InputFile, WorkbookContent, Lookahead)}
     * takes what it has). Rows are handed over in batches, so a department's few dozen rows cost
     * nothing here.
     */
    public final class Lookahead implements Consumer<TableRow> {

        /**
         * Rows handed over together, and what they say once worked out: by the pool's worker, or by
         * the validating thread when it needs them before the worker got to them (once the reading is
         * done, both cores work through what is left instead of one waiting for the other).
         */
        private final class Batch {
            final List<TableRow> rows;
            final AtomicBoolean taken = new AtomicBoolean();
            final CompletableFuture<List<RowFacts>> facts = new CompletableFuture<>();

            Batch(List<TableRow> rows) {
                this.rows = rows;
            }

            /** Works the batch out unless another thread has taken it. */
            void work() {
                if (taken.compareAndSet(false, true)) {
                    try {
                        facts.complete(rows.stream().map(SubmissionValidator.this::facts).toList());
                    } catch (Throwable t) {
                        facts.completeExceptionally(t);
                    }
                }
            }
        }

        private final List<Batch> batches = new ArrayList<>();
        private List<TableRow> filling = new ArrayList<>(LOOKAHEAD_BATCH);

        private Lookahead() {
        }

        @Override
        public void accept(TableRow row) {
            filling.add(row);
            if (filling.size() == LOOKAHEAD_BATCH) {
                Batch batch = new Batch(filling);
                batches.add(batch);
                ForkJoinPool.commonPool().execute(batch::work);
                filling = new ArrayList<>(LOOKAHEAD_BATCH);
            }
        }

        /** The facts of row i when it is the row this lookahead was given there; null otherwise. */
        private RowFacts facts(int i, TableRow row) {
            int b = i / LOOKAHEAD_BATCH;
            if (b >= batches.size() || batches.get(b).rows.get(i % LOOKAHEAD_BATCH) != row) {
                return null;
            }
            Batch batch = batches.get(b);
            batch.work();
            // While the worker finishes this one, take the next ones it has not started.
            for (int next = b + 1; !batch.facts.isDone() && next < batches.size(); next++) {
                batches.get(next).work();
            }
            try {
                return batch.facts.get().get(i % LOOKAHEAD_BATCH);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                // As if worked out on this thread: the caller records it against the workbook.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** A lookahead to give the reader ({@link Lookahead}). */
    public Lookahead lookahead() {
        return new Lookahead();
    }

    /** @param lookahead the rows' facts worked out while reading, or null */
    public Submission validate(InputFile input, WorkbookContent content, Lookahead lookahead) {
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
        List<TableRow> rows = content.rows();
        int ahead = 0;
        while (lookahead != null && ahead < rows.size()) {
            RowFacts facts = lookahead.facts(ahead, rows.get(ahead));
            if (facts == null) {
                break;
            }
            folding.accept(rows.get(ahead++), facts);
        }
        List<TableRow> rest = rows.subList(ahead, rows.size());
        if (rest.size() >= parallelFrom) {
            // What each row says on its own is worked out on every core; the folding stays in order.
            List<RowFacts> facts = rest.parallelStream().map(this::facts).toList();
            for (int i = 0; i < rest.size(); i++) {
                folding.accept(rest.get(i), facts.get(i));
            }
        } else {
            for (TableRow row : rest) {
                folding.accept(row, facts(row));
            }
        }
        if (content.rows().isEmpty()) {
            findings.add(Finding.warning("file.noRows", file, null, null, null));
        }
        return new Submission(input.path(), input.modified(), content.format(), department, rank, false, null, List.of(),
                folding.read, folding.accepted, folding.read - folding.accepted, folding.contributions, findings);
    }

    /**
     * What one row says on its own, whatever the rows around it: its measure, the items of a row
     * that starts a measure, its period and the warnings on its kept text. The folding decides what
     * of it counts.
     */
    private record RowFacts(MeasureResolution resolution, List<Item> steps, List<Item> outputs, List<Item> outcomes,
                            PeriodReading period, List<List<Finding.Builder>> textWarnings) {
    }

    /** The period cell read: its text as shown and the period it gives (null when unreadable). */
    private record PeriodReading(String text, Period period) {
    }

    private static final PeriodReading NO_PERIOD = new PeriodReading("", null);
    private static final int REMEMBERED = 4096;
    private final Map<String, MeasureResolution> resolved = new ConcurrentHashMap<>();
    private final Map<String, PeriodReading> periodsRead = new ConcurrentHashMap<>();

    private RowFacts facts(TableRow row) {
        MeasureResolution resolution = remembered(resolved, row.cell(Column.MEASURE).text(), measures::resolve);
        boolean starts = resolution.outcome() != MeasureResolution.Outcome.EMPTY;
        List<List<Finding.Builder>> warnings = new ArrayList<>(TEXT_COLUMNS.length);
        for (Column column : TEXT_COLUMNS) {
            warnings.add(textChecks.check(row.cell(column)));
        }
        return new RowFacts(resolution,
                starts ? ItemSplitter.split(row.text(Column.STEPS)) : null,
                starts ? ItemSplitter.split(row.text(Column.OUTPUT)) : null,
                starts ? ItemSplitter.split(row.text(Column.OUTCOME)) : null,
                period(row.cell(Column.PERIOD)), warnings);
    }

    private PeriodReading period(CellValue cell) {
        if (cell.date() != null) {
            return new PeriodReading(cell.date().toString(), periods.fromDate(cell.date()));
        }
        PeriodReading reading = remembered(periodsRead, cell.text(), raw -> {
            String text = ItemSplitter.display(raw);
            return text.isEmpty() ? NO_PERIOD : new PeriodReading(text, periods.parse(text).orElse(null));
        });
        return reading == NO_PERIOD ? null : reading;
    }

    /**
     * The answer for a cell's text, worked out once per validator: measure and period cells repeat
     * the same few texts down a sheet. Bounded, so a sheet of all-different texts costs no more
     * than without it.
     */
    private static <T> T remembered(Map<String, T> known, String text, Function<String, T> work) {
        T answer = known.get(text);
        if (answer == null) {
            answer = work.apply(text);
            if (known.size() < REMEMBERED) {
                known.put(text, answer);
            }
        }
        return answer;
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

        void accept(TableRow row, RowFacts facts) {
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
            MeasureResolution resolution = facts.resolution();
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
                continueWith(row, facts);
            } else {
                current = new Contribution(resolution.measure(), row.sheet(), row.rowNumber());
                contributions.add(current);
                current.steps().addAll(facts.steps());
                current.outputs().addAll(facts.outputs());
                current.outcomes().addAll(facts.outcomes());
                readPeriod(row, facts.period());
                addResponsible(row);
            }
            for (int c = 0; c < TEXT_COLUMNS.length; c++) {
                CellValue cell = row.cell(TEXT_COLUMNS[c]);
                for (Finding.Builder warning : facts.textWarnings().get(c)) {
                    findings.add(warning.warningAt(file, row.sheet(), row.rowNumber(), cell.ref()));
                }
            }
            aboveRejected = false;
            accepted++;
        }

        private void continueWith(TableRow row, RowFacts facts) {
            extend(current.steps(), row.text(Column.STEPS));
            extend(current.outputs(), row.text(Column.OUTPUT));
            extend(current.outcomes(), row.text(Column.OUTCOME));
            if (current.periodText().isBlank() && current.period() == null) {
                readPeriod(row, facts.period());
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

        private void readPeriod(TableRow row, PeriodReading reading) {
            if (reading == null) {
                return;
            }
            CellValue cell = row.cell(Column.PERIOD);
            current.period(reading.text(), reading.period());
            if (reading.period() == null) {
                findings.add(Finding.warning("period.unreadable", file, row.sheet(), row.rowNumber(), cell.ref(),
                        reading.text()));
            } else {
                checkInYear(row, cell, reading.period());
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
