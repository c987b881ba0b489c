package th.ita.report.merge;

import java.util.List;

/**
 * What became of one entry of the input folder, for the accounting: read, rejected whole,
 * ignored or deferred, with the reason's message code and arguments.
 *
 * @param sha256 digest of the file's bytes for files that were read (provenance), else null
 */
public record FileOutcome(String file, String department, Status status, String reasonCode, List<Object> reasonArguments,
                          int rowsRead, int rowsAccepted, int rowsRejected, String sha256) {

    public enum Status {
        READ, REJECTED, IGNORED, DEFERRED;

        /** The lower-case word report.json uses. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
