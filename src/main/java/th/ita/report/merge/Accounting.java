package th.ita.report.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.ita.report.intake.InputFile;
import th.ita.report.intake.InputFingerprint;
import th.ita.report.validation.Submission;

/**
 * Settles which submissions go into the report and accounts for every entry of the input
 * folder: when one department sent two workbooks, the most recently modified is used and the
 * other is ignored with a note naming both.
 */
public final class Accounting {

    private final List<Submission> used = new ArrayList<>();
    private final List<FileOutcome> outcomes = new ArrayList<>();

    public Accounting(List<InputFile> scanned, List<Submission> submissions) {
        Map<String, Submission> newestByDepartment = new LinkedHashMap<>();
        for (Submission s : submissions) {
            if (!s.rejected()) {
                newestByDepartment.merge(s.department(), s, (a, b) -> newer(a, b));
            }
        }
        Map<String, Submission> byFile = new LinkedHashMap<>();
        submissions.forEach(s -> byFile.put(s.fileName(), s));
        for (InputFile input : scanned) {
            Submission s = byFile.get(input.name());
            if (s == null) {
                FileOutcome.Status status = input.decision() == InputFile.Decision.DEFERRED
                        ? FileOutcome.Status.DEFERRED : FileOutcome.Status.IGNORED;
                outcomes.add(new FileOutcome(input.name(), null, status, input.reasonCode(), List.of(), 0, 0, 0, null));
            } else if (s.rejected()) {
                outcomes.add(new FileOutcome(s.fileName(), s.department(), FileOutcome.Status.REJECTED, s.reasonCode(),
                        s.reasonArguments(), 0, 0, 0, null));
            } else if (newestByDepartment.get(s.department()) != s) {
                Submission winner = newestByDepartment.get(s.department());
                outcomes.add(new FileOutcome(s.fileName(), s.department(), FileOutcome.Status.IGNORED,
                        "ignored.duplicateDepartment", List.of(s.department(), winner.fileName()), 0, 0, 0, null));
            } else {
                used.add(s);
                outcomes.add(new FileOutcome(s.fileName(), s.department(), FileOutcome.Status.READ, "file.read", List.of(),
                        s.rowsRead(), s.rowsAccepted(), s.rowsRejected(), sha256(input)));
            }
        }
    }

    private static Submission newer(Submission a, Submission b) {
        Comparator<Submission> byTime = Comparator.comparing(Submission::modified, Comparator.nullsFirst(Comparator.naturalOrder()));
        return byTime.compare(b, a) > 0 ? b : a;
    }

    /** The submissions that go into the report: read, one per department. */
    public List<Submission> used() {
        return used;
    }

    /** One outcome per entry of the input folder, in folder order. */
    public List<FileOutcome> outcomes() {
        return outcomes;
    }

    private static String sha256(InputFile input) {
        try {
            return InputFingerprint.digest(input.path());
        } catch (IOException e) {
            return null;
        }
    }
}
