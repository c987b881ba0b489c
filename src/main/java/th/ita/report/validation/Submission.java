package th.ita.report.validation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One workbook after validation: read (with its accepted contributions and rejected rows) or
 * rejected whole. Every table row read is counted once: rowsRead = rowsAccepted + rowsRejected.
 *
 * @param department      canonical department name (from the job definition) or the name as written when unknown
 * @param departmentRank  position in the job definition's list; unknown departments come after all known ones
 * @param reasonCode      for a file rejected whole, the message code of the reason; null when read
 * @param reasonArguments quoted in the reason's message
 */
public record Submission(
        Path file,
        Instant modified,
        String format,
        String department,
        int departmentRank,
        boolean rejected,
        String reasonCode,
        List<Object> reasonArguments,
        int rowsRead,
        int rowsAccepted,
        int rowsRejected,
        List<Contribution> contributions,
        List<Finding> findings) {

    public String fileName() {
        return file.getFileName().toString();
    }

    public static Submission rejected(Path file, Instant modified, String department, int rank,
                                      String code, List<Object> arguments, List<Finding> findings) {
        return new Submission(file, modified, null, department, rank, true, code, arguments, 0, 0, 0, List.of(), findings);
    }
}
