package th.ita.report.job;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;

import th.ita.report.output.RunOutputs;
import th.ita.report.report.CompiledRun;
import th.ita.report.report.DocumentText;
import th.ita.report.report.FindingMessages;

/**
 * The last step: puts the run together from the staging (merge) and has the outputs written and
 * published, then keeps the run's {@link RunSummary} with the execution. A run with no usable row
 * ends with the exit status {@value #NO_REPORT}.
 */
class WriteOutputs implements Tasklet {

    static final String NO_REPORT = "NO_REPORT";

    private final Compilation compilation;
    private final RunOutputs outputs;
    private final MessageSource messages;
    private final Clock clock;

    WriteOutputs(Compilation compilation, RunOutputs outputs, MessageSource messages, Clock clock) {
        this.compilation = compilation;
        this.outputs = outputs;
        this.messages = messages;
        this.clock = clock;
    }

    /** The wording of "every department" in the responsible column. */
    static String allDepartments(MessageSource messages) {
        return messages.getMessage("report.allDepartments", null, DocumentText.THAI_LOCALE);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        CompiledRun run = compilation.assembled(allDepartments(messages), ZonedDateTime.now(clock));
        RunOutputs.Written written = outputs.write(run, compilation.definition(), compilation.definitionFile(),
                compilation.output());
        if (!written.reportWritten()) {
            contribution.setExitStatus(new ExitStatus(NO_REPORT));
        }
        RunSummary.of(run, written, compilation.output(), new FindingMessages(messages)::reason)
                .storeIn(contribution.getStepExecution().getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
