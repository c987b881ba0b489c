package th.ita.report.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import th.ita.report.definition.JobDefinitionLoader;

/**
 * One partition per office that was not settled as unchanged ({@link SettleUnchangedOffices}):
 * every visible sub-folder of the multi-office input folder, in name order. Each partition's context
 * says where the office's workbooks are, where its outputs go ({@code output/<office>}) and which
 * office definition, if any, lies over the shared one.
 */
public class OfficePartitioner implements Partitioner {

    public static final String OFFICE = "office";
    static final String OFFICE_INPUT = "officeInput";
    static final String OFFICE_OUTPUT = "officeOutput";
    static final String OFFICE_DEFINITION = "officeDefinition";

    /** Where one office's workbooks are, where its outputs go, and its own definition (null when none). */
    record Office(String name, Path input, Path output, Path definition) {
    }

    private final Path input;
    private final Path output;
    private final Set<String> settled;

    /** @param settled the offices already settled as unchanged: no partition for them */
    public OfficePartitioner(Path input, Path output, Set<String> settled) {
        this.input = input;
        this.output = output;
        this.settled = Set.copyOf(settled);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path folder : offices(input)) {
            Office office = office(folder, output);
            if (settled.contains(office.name())) {
                continue;
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(OFFICE, office.name());
            context.putString(OFFICE_INPUT, office.input().toString());
            context.putString(OFFICE_OUTPUT, office.output().toString());
            if (office.definition() != null) {
                context.putString(OFFICE_DEFINITION, office.definition().toString());
            }
            partitions.put("office:" + office.name(), context);
        }
        return partitions;
    }

    /** One office folder of a multi-office input folder, and where its outputs go. */
    static Office office(Path folder, Path output) {
        String name = folder.getFileName().toString();
        Path own = folder.resolve(JobDefinitionLoader.OFFICE_FILE);
        return new Office(name, folder.toAbsolutePath().normalize(), output.resolve(name).toAbsolutePath().normalize(),
                Files.isRegularFile(own) ? own.toAbsolutePath().normalize() : null);
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
