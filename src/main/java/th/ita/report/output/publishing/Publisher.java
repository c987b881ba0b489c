package th.ita.report.output.publishing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import th.ita.report.config.ItaSettings;

/**
 * Puts a finished run where the officer looks, so that a crash at any moment leaves either the
 * previous complete set or the new complete set, never a mix.
 *
 * <p>A run writes into {@code output/<year>/.<timestamp>.partial/}; only when every file is
 * written is that folder renamed to {@code output/<year>/<timestamp>/} (one atomic rename). A
 * partial folder found later belongs to a killed run and is removed by the next one.
 *
 * <p>Publishing then switches pointers, each in one atomic rename: {@code output/<year>/latest}
 * is a symbolic link to the run folder, {@code output/current} a link to {@code <year>/latest},
 * and the files at the top of {@code output/} are links to {@code current/<file>}, so all of them
 * change together when {@code latest} does. A file the new run does not have (no PDF this time)
 * leaves no stale copy behind: its link is removed.
 *
 * <p>Where the file system cannot make symbolic links (Windows without the right to), it falls back
 * to copies: {@code latest/} is replaced by two renames and the top-level files one by one, and
 * {@link #recover} repairs what a crash between those renames left.
 */
@Component
public class Publisher {

    public static final String LATEST = "latest";
    public static final String CURRENT = "current";
    /** In a copied latest/ (no symbolic links), names the run folder it was copied from. */
    public static final String RUN_MARKER = ".run";

    private static final Pattern RUN_FOLDER = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");
    private static final String PARTIAL = ".partial";
    private static final String LATEST_NEW = ".latest-new";
    private static final String LATEST_OLD = ".latest-old";

    private final int keepRuns;
    private final Checkpoints checkpoints;
    private final Boolean links;

    @Autowired
    public Publisher(ItaSettings settings, ObjectProvider<Checkpoints> checkpoints) {
        this(settings.keepRuns(), checkpoints.getIfAvailable(() -> Checkpoints.NONE), null);
    }

    /** @param links true or false to force a way of publishing (tests); null to find out from the file system */
    Publisher(int keepRuns, Checkpoints checkpoints, Boolean links) {
        this.keepRuns = keepRuns;
        this.checkpoints = checkpoints;
        this.links = links;
    }

    /**
     * A new, empty folder for a run that started at {@code timestamp} (yyyyMMdd-HHmmss), still
     * marked partial. What killed runs left in the year's folder is removed first.
     */
    public Path newRunFolder(Path output, int fiscalYear, String timestamp) throws IOException {
        Path year = Files.createDirectories(output.resolve(String.valueOf(fiscalYear)));
        removeLeftovers(output, year);
        String name = timestamp;
        for (int n = 2; Files.exists(year.resolve(name)) || Files.exists(partial(year, name)); n++) {
            name = timestamp + "-" + n;
        }
        return Files.createDirectories(partial(year, name));
    }

    /** The run's folder holds everything it will hold: it loses its partial mark (one rename). */
    public Path complete(Path partialFolder) throws IOException {
        checkpoints.reached(Checkpoints.OUTPUTS_WRITTEN);
        String name = partialFolder.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(PARTIAL)) {
            throw new IllegalArgumentException("not a partial run folder: " + partialFolder);
        }
        Path done = partialFolder.resolveSibling(name.substring(1, name.length() - PARTIAL.length()));
        move(partialFolder, done);
        checkpoints.reached(Checkpoints.FOLDER_COMPLETE);
        return done;
    }

    /** Makes a complete run folder the latest and the one at the top of the output folder. */
    public void publish(Path runFolder, Path output) throws IOException {
        Path year = runFolder.getParent();
        if (linksWork(year)) {
            publishByLinks(runFolder, output);
        } else {
            publishByCopies(runFolder, output);
        }
        prune(year, runFolder);
        checkpoints.reached(Checkpoints.PUBLISHED);
    }

    private void publishByLinks(Path runFolder, Path output) throws IOException {
        Path year = runFolder.getParent();
        Set<String> files = fileNames(runFolder);
        // Links for this run's files first: until the switch they may point at nothing, never at another run.
        for (String name : files) {
            Path top = output.resolve(name);
            Path target = Path.of(CURRENT, name);
            if (!Files.isSymbolicLink(top) || !Files.readSymbolicLink(top).equals(target)) {
                switchLink(top, target);
            }
        }
        switchLink(year.resolve(LATEST), Path.of(runFolder.getFileName().toString()));
        checkpoints.reached(Checkpoints.LATEST_SWITCHED);
        Path current = output.resolve(CURRENT);
        Path currentTarget = output.relativize(year.resolve(LATEST));
        if (!Files.isSymbolicLink(current) || !Files.readSymbolicLink(current).equals(currentTarget)) {
            switchLink(current, currentTarget);
        }
        // The files of the previous run that this one does not have: their links now point at nothing.
        for (Path top : list(output)) {
            if (Files.isSymbolicLink(top) && !files.contains(top.getFileName().toString())
                    && Files.readSymbolicLink(top).startsWith(CURRENT) && !Files.exists(top)) {
                Files.delete(top);
            }
        }
    }

    /** Replaces {@code link} by a symbolic link to {@code target} in one rename, whatever it was before. */
    private static void switchLink(Path link, Path target) throws IOException {
        Path temporary = link.resolveSibling("." + link.getFileName() + ".link");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // A copied latest/ of an earlier version: a rename cannot replace a folder, so move it aside first.
            Path aside = link.resolveSibling(LATEST_OLD);
            FileSystemUtils.deleteRecursively(aside);
            move(link, aside);
            move(temporary, link);
            FileSystemUtils.deleteRecursively(aside);
        } else {
            move(temporary, link);
        }
    }

    private void publishByCopies(Path runFolder, Path output) throws IOException {
        Path year = runFolder.getParent();
        Path incoming = year.resolve(LATEST_NEW);
        Path outgoing = year.resolve(LATEST_OLD);
        FileSystemUtils.deleteRecursively(incoming);
        FileSystemUtils.deleteRecursively(outgoing);
        FileSystemUtils.copyRecursively(runFolder, incoming);
        Files.writeString(incoming.resolve(RUN_MARKER), runFolder.getFileName().toString());
        Path latest = year.resolve(LATEST);
        if (Files.exists(latest)) {
            move(latest, outgoing);
        }
        move(incoming, latest);
        checkpoints.reached(Checkpoints.LATEST_SWITCHED);
        Set<String> files = fileNames(runFolder);
        for (String name : files) {
            Path partial = output.resolve("." + name + PARTIAL);
            Files.copy(runFolder.resolve(name), partial, StandardCopyOption.REPLACE_EXISTING);
            move(partial, output.resolve(name));
        }
        // What the previous run published and this one did not make (no PDF this time) goes.
        for (String name : fileNames(outgoing)) {
            if (!files.contains(name)) {
                Files.deleteIfExists(output.resolve(name));
            }
        }
        FileSystemUtils.deleteRecursively(outgoing);
    }

    /**
     * Repairs what a crash while publishing by copies left (links need no repair): a missing
     * latest/ is restored from the copy that was on its way in or out. Called before a run.
     */
    public static void recover(Path year) throws IOException {
        Path latest = year.resolve(LATEST);
        if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path incoming = year.resolve(LATEST_NEW);
        Path outgoing = year.resolve(LATEST_OLD);
        if (Files.isRegularFile(incoming.resolve(RUN_MARKER))) {
            move(incoming, latest);
        } else if (Files.isDirectory(outgoing)) {
            move(outgoing, latest);
        }
    }

    /** The run folder the year's latest is, if any. */
    public static Optional<String> latestRun(Path output, int fiscalYear) {
        Path latest = output.resolve(String.valueOf(fiscalYear)).resolve(LATEST);
        try {
            if (Files.isSymbolicLink(latest)) {
                return Files.isDirectory(latest)
                        ? Optional.of(Files.readSymbolicLink(latest).getFileName().toString()) : Optional.empty();
            }
            Path marker = latest.resolve(RUN_MARKER);
            return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A published file at the top of the output folder, as the file it is (links followed), if it
     * is there and lies inside the output folder.
     */
    public static Optional<Path> published(Path output, String name) {
        try {
            Path file = output.resolve(name).toRealPath();
            return file.startsWith(output.toRealPath()) && Files.isRegularFile(file) ? Optional.of(file)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Partial run folders of killed runs, half-made links and copies: removed before a new run. */
    private static void removeLeftovers(Path output, Path year) throws IOException {
        recover(year);
        for (Path entry : list(year)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") && (name.endsWith(PARTIAL) || name.endsWith(".link")
                    || name.equals(LATEST_NEW) || name.equals(LATEST_OLD))) {
                FileSystemUtils.deleteRecursively(entry);
            }
        }
        for (Path entry : list(output)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") && (name.endsWith(PARTIAL) || name.endsWith(".link"))) {
                FileSystemUtils.deleteRecursively(entry);
            }
        }
    }

    private boolean linksWork(Path year) {
        if (links != null) {
            return links;
        }
        Path probe = year.resolve(".probe.link");
        try {
            Files.deleteIfExists(probe);
            Files.createSymbolicLink(probe, Path.of("."));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private void prune(Path year, Path keep) throws IOException {
        List<Path> runs = runFolders(year);
        for (int i = keepRuns; i < runs.size(); i++) {
            if (!runs.get(i).equals(keep)) {
                FileSystemUtils.deleteRecursively(runs.get(i));
            }
        }
    }

    /** The year's complete run folders, newest first. */
    private static List<Path> runFolders(Path year) throws IOException {
        try (Stream<Path> entries = Files.list(year)) {
            return entries.filter(p -> RUN_FOLDER.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    private static Path partial(Path year, String name) {
        return year.resolve("." + name + PARTIAL);
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path p : list(folder)) {
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Path> list(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        return entries;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
