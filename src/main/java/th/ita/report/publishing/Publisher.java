package th.ita.report.publishing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Puts a finished run where the officer looks. Each run is written whole into its own folder
 * {@code output/<fiscal year>/<timestamp>/}; only then does it replace
 * {@code output/<fiscal year>/latest/} and the files at the top of {@code output/}, each by a
 * rename, so a crash never leaves a half-written report there and the previous one stays
 * readable until the new one is complete. Old run folders beyond {@code ita.keep-runs} are pruned.
 */
@Component
public class Publisher {

    public static final String LATEST = "latest";
    /** In latest/, names the run folder it was copied from. */
    public static final String RUN_MARKER = ".run";

    private static final Pattern RUN_FOLDER = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

    private final int keepRuns;

    public Publisher(@Value("${ita.keep-runs:10}") int keepRuns) {
        this.keepRuns = keepRuns;
    }

    /** A new, empty folder for a run that started at {@code timestamp} (yyyyMMdd-HHmmss). */
    public Path newRunFolder(Path output, int fiscalYear, String timestamp) throws IOException {
        Path year = Files.createDirectories(output.resolve(String.valueOf(fiscalYear)));
        Path folder = year.resolve(timestamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = year.resolve(timestamp + "-" + n);
        }
        return Files.createDirectories(folder);
    }

    /** Makes the run folder the latest: latest/ first, then the top-level copies, then pruning. */
    public void publish(Path runFolder, Path output) throws IOException {
        Path year = runFolder.getParent();
        Path incoming = year.resolve(".latest-new");
        Path outgoing = year.resolve(".latest-old");
        FileSystemUtils.deleteRecursively(incoming);
        FileSystemUtils.deleteRecursively(outgoing);
        FileSystemUtils.copyRecursively(runFolder, incoming);
        Files.writeString(incoming.resolve(RUN_MARKER), runFolder.getFileName().toString());
        Path latest = year.resolve(LATEST);
        if (Files.exists(latest)) {
            move(latest, outgoing);
        }
        move(incoming, latest);
        FileSystemUtils.deleteRecursively(outgoing);
        for (Path file : files(runFolder)) {
            Path partial = output.resolve("." + file.getFileName() + ".partial");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            move(partial, output.resolve(file.getFileName().toString()));
        }
        prune(year, runFolder);
    }

    /** The run folder latest/ was copied from, if any. */
    public static Optional<String> latestRun(Path output, int fiscalYear) {
        Path marker = output.resolve(String.valueOf(fiscalYear)).resolve(LATEST).resolve(RUN_MARKER);
        try {
            return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void prune(Path year, Path keep) throws IOException {
        List<Path> runs;
        try (Stream<Path> entries = Files.list(year)) {
            runs = entries.filter(p -> RUN_FOLDER.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (int i = keepRuns; i < runs.size(); i++) {
            if (!runs.get(i).equals(keep)) {
                FileSystemUtils.deleteRecursively(runs.get(i));
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
