package th.ita.report.merge;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import th.ita.report.definition.JobDefinition;
import th.ita.report.intake.InputFile;
import th.ita.report.report.CompiledRun;
import th.ita.report.validation.Finding;
import th.ita.report.validation.Submission;

/**
 * Puts one run together from what the scan and the workbooks gave: settles two files from one
 * department, keeps the findings of the files that count, lists the expected departments that
 * sent nothing usable, and merges the used submissions into the report (none when no workbook
 * was usable).
 */
public final class RunAssembler {

    private final JobDefinition definition;
    private final String allDepartments;

    /** @param allDepartments the wording of "every department" in the responsible column */
    public RunAssembler(JobDefinition definition, String allDepartments) {
        this.definition = definition;
        this.allDepartments = allDepartments;
    }

    public CompiledRun assemble(List<InputFile> scanned, List<Submission> submissions, ZonedDateTime at) {
        Accounting accounting = new Accounting(scanned, submissions);
        List<Finding> findings = new ArrayList<>();
        for (Submission s : submissions) {
            // The ignored older copy of a department's file is not counted, and neither are its findings.
            if (s.rejected() || accounting.used().contains(s)) {
                findings.addAll(s.findings());
            }
        }
        // A department whose file has no rows (an unfilled template) has not really submitted.
        List<String> submitted = accounting.used().stream().filter(s -> s.rowsRead() > 0)
                .map(Submission::department).toList();
        List<String> missing = definition.departments().stream().map(JobDefinition.Department::name)
                .filter(name -> !submitted.contains(name)).toList();
        CompiledReport report = accounting.used().isEmpty() ? null
                : new ReportMerger(definition, allDepartments).merge(accounting.used());
        return new CompiledRun(definition.fiscalYear(), at, report, accounting.outcomes(), findings, missing);
    }
}
