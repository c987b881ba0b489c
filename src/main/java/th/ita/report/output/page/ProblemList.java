package th.ita.report.output.page;

import th.ita.report.report.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A department's problems as validation.html lists them: at most {@code perKind} of one kind
 * (same file, same rule code), then one line saying how many more there are. One slip repeated
 * on every row of a 50,000-row workbook would otherwise make a page nobody can open; the
 * department needs a few examples and the count, and validation.xlsx and report.json still
 * list every cell.
 *
 * @param shown   the problems shown, in report order
 * @param omitted one line per kind with problems left out, in the order the kind first appears
 */
public record ProblemList(List<ValidationReport.Problem> shown, List<Omitted> omitted) {

    /** The problems of one kind that the page does not list. */
    public record Omitted(String file, String code, ValidationReport.Problem example, int count) {
    }

    public static ProblemList of(List<ValidationReport.Problem> problems, int perKind) {
        List<ValidationReport.Problem> shown = new ArrayList<>();
        Map<List<String>, int[]> seen = new LinkedHashMap<>();
        Map<List<String>, ValidationReport.Problem> first = new LinkedHashMap<>();
        for (ValidationReport.Problem p : problems) {
            List<String> kind = java.util.Arrays.asList(p.file(), p.code());
            int[] count = seen.computeIfAbsent(kind, k -> new int[1]);
            first.putIfAbsent(kind, p);
            if (count[0]++ < perKind) {
                shown.add(p);
            }
        }
        List<Omitted> omitted = new ArrayList<>();
        seen.forEach((kind, count) -> {
            if (count[0] > perKind) {
                omitted.add(new Omitted(kind.get(0), kind.get(1), first.get(kind), count[0] - perKind));
            }
        });
        return new ProblemList(List.copyOf(shown), List.copyOf(omitted));
    }

    public ProblemList {
        Objects.requireNonNull(shown);
        Objects.requireNonNull(omitted);
    }
}
