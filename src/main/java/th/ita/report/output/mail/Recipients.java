package th.ita.report.output.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.report.definition.JobDefinition;
import th.ita.report.merge.FileOutcome;
import th.ita.report.report.ValidationReport;

/**
 * Who gets an e-mail after a run, and about what: every address of each expected department that
 * has something to do, one e-mail per address. A department has something to do when
 * <ul>
 * <li>nothing usable came from it: no file, only files that were not read, or an empty form
 *     ({@link Letter.Kind#MISSING}, a reminder), or</li>
 * <li>something it sent was not taken: a row not taken (an error) or a file refused whole
 *     ({@link Letter.Kind#PROBLEMS}).</li>
 * </ul>
 * Warnings alone do not count: their rows are in the report as sent, nothing has to be done for the
 * report to be complete, and mail about them every time would teach departments to ignore the
 * e-mails that matter (a department that gets one for its errors sees its warnings in it too).
 * A department with a file still being copied (left for the next run) gets nothing this run: the
 * next run reads the file and knows.
 */
public final class Recipients {

    private Recipients() {
    }

    public static List<Letter> of(ValidationReport report, JobDefinition definition) {
        List<Letter> letters = new ArrayList<>();
        for (JobDefinition.Department expected : definition.departments()) {
            if (expected.email() == null || expected.email().isEmpty()) {
                continue;
            }
            ValidationReport.Department part = report.departments().stream()
                    .filter(d -> d.expected() && d.name().equals(expected.name())).findFirst()
                    .orElseGet(() -> new ValidationReport.Department(expected.name(), true,
                            ValidationReport.Status.MISSING, List.of(), List.of()));
            kind(part).ifPresent(kind -> expected.email().forEach(address ->
                    letters.add(Letter.of(part, address, kind, report.fiscalYear()))));
        }
        return letters;
    }

    /** What a department's e-mail is about, or empty when it needs none. */
    public static Optional<Letter.Kind> kind(ValidationReport.Department d) {
        if (d.files().stream().anyMatch(f -> f.status() == FileOutcome.Status.DEFERRED)) {
            return Optional.empty();
        }
        if (d.status() == ValidationReport.Status.MISSING
                || d.status() == ValidationReport.Status.SUBMITTED && d.rowsRead() == 0 && d.errorCount() == 0
                        && rejectedFiles(d) == 0) {
            return Optional.of(Letter.Kind.MISSING);
        }
        return toFix(d) > 0 ? Optional.of(Letter.Kind.PROBLEMS) : Optional.empty();
    }

    /** What the department must fix: its errors, and each file refused whole that no error names. */
    public static long toFix(ValidationReport.Department d) {
        return d.errorCount() + rejectedFiles(d);
    }

    private static long rejectedFiles(ValidationReport.Department d) {
        return d.files().stream().filter(f -> f.status() == FileOutcome.Status.REJECTED)
                .filter(f -> d.problems().stream().noneMatch(p -> p.error() && f.name().equals(p.file())))
                .count();
    }
}
