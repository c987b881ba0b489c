package th.ita.report.job;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.report.definition.JobDefinition;
import th.ita.report.intake.InputFile;
import th.ita.report.merge.RunAssembler;
import th.ita.report.report.CompiledRun;
import th.ita.report.validation.Submission;

/**
 * One compile job's inputs (its definition and folders, from the job parameters) and what its
 * steps have produced so far, kept in the job's {@link Staging} so that a restart finds it.
 * Job-scoped: built again for every execution, from the parameters and the staging on disk.
 */
public class Compilation {

    private final JobDefinition definition;
    private final CompileParameters parameters;
    private final Staging staging;
    private List<InputFile> scanned;
    private CompiledRun assembled;
    /**
     * The submissions this execution read, kept as well as staged: the output step takes them from
     * here (reading a large workbook's rows back from JSON cost as much as validating them), and only
     * an execution that restarts after the reading step reads them from the staging.
     */
    private final Map<Path, Submission> read = new HashMap<>();

    Compilation(JobDefinition definition, CompileParameters parameters, Staging staging) {
        this.definition = definition;
        this.parameters = parameters;
        this.staging = staging;
    }

    public JobDefinition definition() {
        return definition;
    }

    public Path definitionFile() {
        return parameters.definition();
    }

    public Path input() {
        return parameters.input();
    }

    public Path output() {
        return parameters.output();
    }

    CompileParameters parameters() {
        return parameters;
    }

    public List<InputFile> scanned() {
        if (scanned == null) {
            scanned = staging.scan();
        }
        return scanned;
    }

    void scanned(List<InputFile> files) {
        staging.saveScan(files);
        scanned = List.copyOf(files);
    }

    /** The workbooks still to read: every candidate of the scan that has no result yet. */
    List<InputFile> toRead() {
        return scanned().stream().filter(f -> f.decision() == InputFile.Decision.CANDIDATE)
                .filter(f -> !staging.has(f)).toList();
    }

    /** What the workbooks read so far gave, in the order of the scan. */
    public List<Submission> submissions() {
        return scanned().stream().filter(f -> f.decision() == InputFile.Decision.CANDIDATE)
                .flatMap(f -> Optional.ofNullable(read.get(f.path())).or(() -> staging.submission(f)).stream()).toList();
    }

    void add(Submission submission) {
        staging.save(submission);
        read.put(submission.file(), submission);
    }

    /**
     * The run put together from the staging (merge): once per execution, shared by the output step and
     * the e-mail step after it; a restart that begins after the outputs puts it together again.
     *
     * @param allDepartments the wording of "every department" in the responsible column
     */
    CompiledRun assembled(String allDepartments, ZonedDateTime at) {
        if (assembled == null) {
            assembled = new RunAssembler(definition, allDepartments).assemble(scanned(), submissions(), at);
        }
        return assembled;
    }
}
