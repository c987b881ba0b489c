package th.ita.report.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The Java installations of this machine by feature release, as the launcher finds them (release files). */
final class JavaHomes {

    private JavaHomes() {
    }

    /** Feature release to Java home: the running Java first, then /usr/lib/jvm/* by name. */
    static TreeMap<Integer, Path> find() throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> homes = Files.list(jvm)) {
                homes.sorted().forEach(candidates::add);
            }
        }
        TreeMap<Integer, Path> found = new TreeMap<>();
        for (Path home : candidates) {
            feature(home).ifPresent(major -> found.putIfAbsent(major, home));
        }
        return found;
    }

    /** The feature release in the home's release file (JAVA_VERSION="25.0.3" gives 25). */
    private static Optional<Integer> feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String version = line.substring("JAVA_VERSION=\"".length()).replaceFirst("^1\\.", "");
                    return Optional.of(Integer.parseInt(version.split("[^0-9]", 2)[0]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not a Java installation we can use.
        }
        return Optional.empty();
    }
}
