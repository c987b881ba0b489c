package th.ita.report.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import th.ita.report.definition.JobDefinitionLoader;

/**
 * One partition per office: every visible sub-folder of the multi-office input folder, in name
 * order. Each partition's context says where the office's workbooks are, where its outputs go
 * ({@code output/<office>}) and which office definition, if any, lies over the shared one.
 */
public class OfficePartitioner implements Partitioner {

    public static final String OFFICE = "office";
    static final String OFFICE_INPUT = "officeInput";
    static final String OFFICE_OUTPUT = "officeOutput";
    static final String OFFICE_DEFINITION = "officeDefinition";

    private final Path input;
    private final Path output;

    public OfficePartitioner(Path input, Path output) {
        this.input = input;
        this.output = output;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path folder : offices(input)) {
            String office = folder.getFileName().toString();
            ExecutionContext context = new ExecutionContext();
            context.putString(OFFICE, office);
            context.putString(OFFICE_INPUT, folder.toAbsolutePath().normalize().toString());
            context.putString(OFFICE_OUTPUT, output.resolve(office).toAbsolutePath().normalize().toString());
            Path own = folder.resolve(JobDefinitionLoader.OFFICE_FILE);
            if (Files.isRegularFile(own)) {
                context.putString(OFFICE_DEFINITION, own.toAbsolutePath().normalize().toString());
            }
            partitions.put("office:" + office, context);
        }
        return partitions;
    }

    /** The office folders of a multi-office input folder: visible sub-folders, by name. */
    public static List<Path> offices(Path input) {
        try (Stream<Path> entries = Files.list(input)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
