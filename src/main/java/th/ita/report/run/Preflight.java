package th.ita.report.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import th.ita.report.definition.JobDefinition;
import th.ita.report.definition.JobDefinitionException;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.text.ThaiMessages;

/** What a run checks before it starts a job: its definition can be read and its input folder is there. */
final class Preflight {

    private Preflight() {
    }

    /** The job definition, or empty after telling the reporter why the run cannot start. */
    static Optional<JobDefinition> check(JobDefinitionLoader loader, ThaiMessages messages, Path definition,
                                         Path input, Reporter reporter) {
        JobDefinition job;
        try {
            job = loader.load(definition);
        } catch (JobDefinitionException e) {
            reporter.line(messages.get(e.code(), e.arguments()));
            return Optional.empty();
        }
        if (!Files.isDirectory(input)) {
            reporter.line(messages.get("console.error.input", input.toAbsolutePath()));
            return Optional.empty();
        }
        return Optional.of(job);
    }
}
