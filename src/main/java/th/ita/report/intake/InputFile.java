package th.ita.report.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the input folder and what the scan decided about it. Only candidates are
 * opened; every other file keeps the reason it was passed over.
 *
 * @param reasonCode message code of the reason (null for candidates)
 */
public record InputFile(Path path, Instant modified, long size, Decision decision, String reasonCode) {

    public enum Decision { CANDIDATE, IGNORED, DEFERRED }

    public String name() {
        return path.getFileName().toString();
    }
}
