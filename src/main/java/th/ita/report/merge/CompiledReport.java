package th.ita.report.merge;

import java.util.List;

/** The consolidated report: one merged row per measure that any department reported, in number order. */
public record CompiledReport(int fiscalYear, List<MergedMeasure> measures) {
}
