package th.ita.report.report;

import java.time.ZonedDateTime;
import java.util.List;

import th.ita.report.merge.CompiledReport;
import th.ita.report.merge.FileOutcome;
import th.ita.report.validation.Finding;

/**
 * Everything one run produced, as the output writers need it: the merged report, the fate of
 * every input file, every finding of the files that count (used or rejected whole), and the
 * expected departments that sent nothing usable.
 */
public record CompiledRun(int fiscalYear, ZonedDateTime generatedAt, CompiledReport report,
                          List<FileOutcome> files, List<Finding> findings, List<String> missingDepartments) {

    public int rowsRead() {
        return files.stream().mapToInt(FileOutcome::rowsRead).sum();
    }

    public int rowsAccepted() {
        return files.stream().mapToInt(FileOutcome::rowsAccepted).sum();
    }

    public int rowsRejected() {
        return files.stream().mapToInt(FileOutcome::rowsRejected).sum();
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    public List<Finding> notes() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.NOTE).toList();
    }
}
