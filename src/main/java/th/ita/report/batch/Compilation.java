package th.ita.report.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import th.ita.report.definition.JobDefinition;
import th.ita.report.intake.InputFile;
import th.ita.report.validation.Submission;

/**
 * The state one job execution builds up as its steps run: what the scan found, what each
 * workbook gave. Job-scoped, so each run starts empty; the steps that fill it are re-run on a
 * restart (allowStartIfComplete), since it is not persisted.
 */
public class Compilation {

    private final JobDefinition definition;
    private final Path definitionFile;
    private final Path input;
    private final Path output;
    private final List<InputFile> scanned = new ArrayList<>();
    private final List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());

    public Compilation(JobDefinition definition, Path definitionFile, Path input, Path output) {
        this.definition = definition;
        this.definitionFile = definitionFile;
        this.input = input;
        this.output = output;
    }

    public JobDefinition definition() {
        return definition;
    }

    public Path definitionFile() {
        return definitionFile;
    }

    public Path input() {
        return input;
    }

    public Path output() {
        return output;
    }

    public List<InputFile> scanned() {
        return scanned;
    }

    public List<InputFile> candidates() {
        return scanned.stream().filter(f -> f.decision() == InputFile.Decision.CANDIDATE).toList();
    }

    public void scanned(List<InputFile> files) {
        scanned.clear();
        scanned.addAll(files);
        submissions.clear();
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    public void add(Submission submission) {
        submissions.add(submission);
    }
}
