package th.ita.report.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.ita.report.intake.InputFile;
import th.ita.report.intake.WorkbookReader;
import th.ita.report.intake.WorkbookRejectedException;
import th.ita.report.validation.Submission;
import th.ita.report.validation.SubmissionValidator;

/**
 * Reads one workbook and validates its rows. A workbook that cannot be used becomes a rejected
 * submission with its reason, never an exception: one department's bad file must not stop the
 * others from being compiled.
 */
class WorkbookProcessor implements ItemProcessor<InputFile, Submission> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookProcessor.class);

    private final WorkbookReader reader;
    private final SubmissionValidator validator;

    WorkbookProcessor(WorkbookReader reader, SubmissionValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    @Override
    public Submission process(InputFile file) {
        String name = WorkbookReader.baseName(file.path());
        try {
            // Rows are looked at on another core while the rest of the workbook is still read.
            SubmissionValidator.Lookahead lookahead = validator.lookahead();
            return validator.validate(file, reader.read(file.path(), lookahead), lookahead);
        } catch (WorkbookRejectedException e) {
            return Submission.rejected(file.path(), file.modified(), name, Integer.MAX_VALUE, e.code(), e.details(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological file: record it against this file and go on with the others.
            log.warn("Unexpected failure reading {}", file.name(), e);
            return Submission.rejected(file.path(), file.modified(), name, Integer.MAX_VALUE, "file.internalError",
                    List.of(e.getClass().getSimpleName()), List.of());
        }
    }
}
