package th.ita.report.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import th.ita.report.definition.JobDefinition;
import th.ita.report.intake.InputFile;
import th.ita.report.validation.Contribution;
import th.ita.report.validation.Submission;

/**
 * What the steps of one compile job hand each other, kept on disk so that a restart goes on from
 * where the run stopped: the scan of the input folder, and one file per workbook read. A restart
 * reads only the workbooks that have no file yet, and a failed output step runs again alone.
 * Lives in {@code output/.work/<job instance>/}; removed when the job completes, and by the next
 * job on the same output folder when it belongs to a run that will not be restarted.
 */
final class Staging {

    static final String FOLDER = ".work";

    private static final String SCAN = "scan.json";
    private static final String SUBMISSION = "workbook-";

    // A contribution is built up by the validator through its mutable lists; it is restored the same way.
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ContributionFields {

        @JsonCreator
        ContributionFields(@JsonProperty("measure") JobDefinition.Measure measure, @JsonProperty("sheet") String sheet,
                           @JsonProperty("firstRow") int firstRow) {
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Contribution.class, ContributionFields.class)
            .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .build();

    private final Path folder;

    private Staging(Path folder) {
        this.folder = folder;
    }

    static Staging of(Path output, long jobInstanceId) {
        return new Staging(output.resolve(FOLDER).resolve(String.valueOf(jobInstanceId)));
    }

    void saveScan(List<InputFile> scanned) {
        write(SCAN, scanned);
    }

    List<InputFile> scan() {
        return read(folder.resolve(SCAN), new TypeReference<List<InputFile>>() { });
    }

    void save(Submission submission) {
        write(name(submission.file()), submission);
    }

    boolean has(InputFile file) {
        return Files.isRegularFile(folder.resolve(name(file.path())));
    }

    /** The result of reading a workbook, if it has been read. */
    java.util.Optional<Submission> submission(InputFile file) {
        Path staged = folder.resolve(name(file.path()));
        return Files.isRegularFile(staged) ? java.util.Optional.of(read(staged, new TypeReference<Submission>() { }))
                : java.util.Optional.empty();
    }

    /** Removes this job's staging, and the staging folder itself when nothing else is in it. */
    void delete() {
        delete(folder);
        try {
            Files.deleteIfExists(folder.getParent());
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // another run's staging, kept for its restart
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the staging of every other job instance of this output folder (theirs will not be restarted). */
    static void removeOthers(Path output, long keepInstanceId) {
        Path all = output.resolve(FOLDER);
        if (!Files.isDirectory(all)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(all)) {
            for (Path other : folders) {
                if (!other.getFileName().toString().equals(String.valueOf(keepInstanceId))) {
                    delete(other);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // One file per workbook, named from its file name (unique within the input folder).
    private static String name(Path workbook) {
        return SUBMISSION + HexFormat.of().formatHex(workbook.getFileName().toString().getBytes(StandardCharsets.UTF_8))
                + ".json";
    }

    private void write(String name, Object value) {
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(name + ".partial");
            JSON.writeValue(partial.toFile(), value);
            Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(Path file, TypeReference<T> type) {
        return JSON.readValue(file.toFile(), type);
    }

    private static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
