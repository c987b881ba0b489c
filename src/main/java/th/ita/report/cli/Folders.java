package th.ita.report.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import picocli.CommandLine.Option;

/** The options every compiling command shares: where the workbooks are, where the outputs go, which job definition. */
final class Folders {

    @Option(names = "--input", paramLabel = "<โฟลเดอร์>", converter = Converters.Folder.class)
    Path input = Path.of("input");

    @Option(names = "--output", paramLabel = "<โฟลเดอร์>", converter = Converters.Folder.class)
    Path output = Path.of("output");

    @Option(names = "--job", paramLabel = "<ไฟล์>", converter = Converters.Folder.class)
    Path job;

    @Option(names = "--quiet-period", paramLabel = "<ระยะเวลา>", converter = Converters.Period.class)
    Duration quietPeriod;

    /** The job definition: {@code --job}, else the last {@code jobs/*.yml} by name beside the program or here. */
    Path definition() {
        return job != null ? job : defaultDefinition();
    }

    /**
     * The last {@code jobs/*.yml} by name in the current folder, else in the program's own folder
     * ({@code ita.home}, set by the launchers), so the shipped definition is found from anywhere.
     */
    static Path defaultDefinition() {
        String home = System.getProperty("ita.home");
        for (Path jobs : home == null ? List.of(Path.of("jobs")) : List.of(Path.of("jobs"), Path.of(home, "jobs"))) {
            if (Files.isDirectory(jobs)) {
                try (Stream<Path> files = Files.list(jobs)) {
                    List<Path> yml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                            .sorted(Comparator.comparing(Path::toString)).toList();
                    if (!yml.isEmpty()) {
                        return yml.get(yml.size() - 1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Path.of("jobs", "job.yml");
    }
}
