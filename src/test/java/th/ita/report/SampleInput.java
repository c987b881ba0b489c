package th.ita.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample department workbooks shipped in input/, copied where a test runs the job. */
public final class SampleInput {

    private SampleInput() {
    }

    /** Copies every sample workbook into {@code folder} (created if needed) and returns it. */
    public static Path copyInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, folder.resolve(sample.getFileName()));
            }
        }
        return folder;
    }
}
