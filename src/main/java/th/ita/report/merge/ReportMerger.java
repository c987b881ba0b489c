package th.ita.report.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.report.calendar.Period;
import th.ita.report.calendar.ThaiDates;
import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinition.Department;
import th.ita.report.definition.JobDefinition.Measure;
import th.ita.report.text.Normalized;
import th.ita.report.text.Numerals;
import th.ita.report.validation.Contribution;
import th.ita.report.validation.Item;
import th.ita.report.validation.Submission;

/**
 * Merges the departments' contributions into one row per measure, as the legal officer did by
 * hand: measures in number order; departments in the job definition's order, then rows in sheet
 * order; the same item sent twice kept once; several items renumbered ๑. ๒. ...; the period
 * spanning every department's; "every department" when all contributed or a row says so.
 */
public final class ReportMerger {

    /** A few hundred contributions merge faster on one thread than they start a second. */
    static final int PARALLEL_FROM = 1000;

    private final JobDefinition definition;
    private final int parallelFrom;
    private final Numerals numerals;
    private final String allDepartments;

    /**
     * @param allDepartments the words for "every department" (ทุกส่วนราชการ), from the message file
     */
    public ReportMerger(JobDefinition definition, String allDepartments) {
        this(definition, allDepartments, PARALLEL_FROM);
    }

    /** @param parallelFrom from how many contributions the measures are merged in parallel */
    ReportMerger(JobDefinition definition, String allDepartments, int parallelFrom) {
        this.definition = definition;
        this.parallelFrom = parallelFrom;
        this.numerals = Numerals.of(definition.rendering().thaiDigits());
        this.allDepartments = allDepartments;
    }

    /** @param submissions the files read (not rejected), at most one per department */
    public CompiledReport merge(List<Submission> submissions) {
        List<Submission> ordered = submissions.stream()
                .filter(s -> !s.rejected())
                .sorted(Comparator.comparingInt(Submission::departmentRank).thenComparing(Submission::fileName))
                .toList();
        List<Measure> measures = definition.measures().stream().sorted(Comparator.comparingInt(Measure::number)).toList();
        // The measures are merged independently: on every core when there are thousands of rows.
        int contributions = ordered.stream().mapToInt(s -> s.contributions().size()).sum();
        var each = contributions >= parallelFrom ? measures.parallelStream() : measures.stream();
        return new CompiledReport(definition.fiscalYear(), each.map(measure -> merge(measure, ordered)).toList());
    }

    private MergedMeasure merge(Measure measure, List<Submission> ordered) {
        Map<String, Item> steps = new LinkedHashMap<>();
        Map<String, Item> outputs = new LinkedHashMap<>();
        Map<String, Item> outcomes = new LinkedHashMap<>();
        Set<String> departments = new LinkedHashSet<>();
        List<String> unreadablePeriods = new ArrayList<>();
        Period span = null;
        boolean saysEveryDepartment = false;
        String everyKey = Normalized.key(allDepartments);
        for (Submission submission : ordered) {
            for (Contribution c : submission.contributions()) {
                if (c.measure().number() != measure.number()) {
                    continue;
                }
                departments.add(submission.department());
                keepFirst(steps, c.steps());
                keepFirst(outputs, c.outputs());
                keepFirst(outcomes, c.outcomes());
                if (c.period() != null) {
                    span = span == null ? c.period() : span.span(c.period());
                } else if (!c.periodText().isBlank() && !unreadablePeriods.contains(c.periodText())) {
                    unreadablePeriods.add(c.periodText());
                }
                saysEveryDepartment |= c.responsible().stream().anyMatch(r -> Normalized.key(r).contains(everyKey));
            }
        }
        String period = span != null ? ThaiDates.period(span, numerals) : String.join(" / ", unreadablePeriods);
        return new MergedMeasure(measure.number(), numerals.apply(measure.name()),
                cell(steps), numerals.apply(period), responsible(departments, saysEveryDepartment),
                cell(outputs), cell(outcomes), List.copyOf(departments));
    }

    private String responsible(Set<String> contributing, boolean saysEveryDepartment) {
        if (contributing.isEmpty()) {
            return "";
        }
        boolean everyExpected = definition.departments().stream().map(Department::name).allMatch(contributing::contains);
        if (saysEveryDepartment || everyExpected) {
            return allDepartments;
        }
        return numerals.apply(String.join(", ", contributing));
    }

    private static void keepFirst(Map<String, Item> merged, List<Item> items) {
        for (Item item : items) {
            merged.putIfAbsent(item.key(), item);
        }
    }

    /** One item keeps the department's own form; several are numbered afresh. */
    private List<String> cell(Map<String, Item> items) {
        List<Item> list = List.copyOf(items.values());
        if (list.size() == 1) {
            return List.of(numerals.apply(list.get(0).original()));
        }
        List<String> lines = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            lines.add(numerals.format(i + 1) + ". " + numerals.apply(list.get(i).text()));
        }
        return lines;
    }
}
