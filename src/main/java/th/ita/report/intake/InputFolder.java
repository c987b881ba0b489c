package th.ita.report.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.intake.InputFile.Decision;

/**
 * Lists the input folder and decides, for every entry, whether it is a workbook to read or
 * why it is passed over. Nothing in the folder goes unmentioned.
 */
@Component
public class InputFolder {

    /**
     * Excel's formats, and LibreOffice Calc's: .ods, its template .ots (the same content; a filled
     * form saved as a template by mistake is still the department's report) and the flat .fods.
     */
    static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods", "ots", "fods");

    /**
     * @param quietPeriod files modified more recently than this are probably still being copied
     *                    and are left for the next run (zero: read everything)
     */
    public List<InputFile> scan(Path folder, Duration quietPeriod, Instant now) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> decide(p, quietPeriod, now))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputFile decide(Path path, Duration quietPeriod, Instant now) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return new InputFile(path, null, 0, Decision.IGNORED, "ignored.unreadable");
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        String name = path.getFileName().toString();
        String reason = ignoreReason(name, attributes);
        if (reason != null) {
            return new InputFile(path, modified, attributes.size(), Decision.IGNORED, reason);
        }
        if (!quietPeriod.isZero() && modified.isAfter(now.minus(quietPeriod))) {
            return new InputFile(path, modified, attributes.size(), Decision.DEFERRED, "deferred.recent");
        }
        return new InputFile(path, modified, attributes.size(), Decision.CANDIDATE, null);
    }

    private static String ignoreReason(String name, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "ignored.folder";
        }
        if (name.startsWith("~$")) {
            return "ignored.officeLock";
        }
        if (name.startsWith(".~lock.")) {
            return "ignored.libreOfficeLock";
        }
        if (name.startsWith(".")) {
            return "ignored.hidden";
        }
        if (!attributes.isRegularFile()) {
            return "ignored.notFile";
        }
        if (name.equalsIgnoreCase(JobDefinitionLoader.OFFICE_FILE)) {
            return "ignored.jobDefinition";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return WORKBOOK_EXTENSIONS.contains(extension) ? null : "ignored.notWorkbook";
    }
}
