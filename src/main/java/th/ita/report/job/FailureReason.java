package th.ita.report.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinitionException;
import th.ita.report.report.DocumentText;

/**
 * Why a job execution failed, in one line: the Thai message of a job definition problem, else
 * the root exception. Kept in the execution's context under {@value #KEY}, since the exceptions
 * themselves are not kept in the job repository (the summaries read it back from there).
 */
public final class FailureReason {

    static final String KEY = "failure";

    private FailureReason() {
    }

    static void record(JobExecution execution, MessageSource messages) {
        execution.getExecutionContext().putString(KEY, of(execution, messages));
    }

    /** The reason kept with a failed execution, if it has one. */
    public static Optional<String> recorded(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().getString(KEY, null));
    }

    public static String of(JobExecution execution, MessageSource messages) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> of(t, messages)).orElse(execution.getExitStatus().getExitDescription());
    }

    public static String of(Throwable t, MessageSource messages) {
        Throwable root = rootOrDefinitionProblem(t);
        if (root instanceof JobDefinitionException e) {
            return messages.getMessage(e.code(), e.arguments(), e.code(), DocumentText.THAI_LOCALE);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** True when the reason is a job definition message (shown as it is, not as "the job failed: ..."). */
    public static boolean isDefinitionProblem(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .anyMatch(t -> rootOrDefinitionProblem(t) instanceof JobDefinitionException);
    }

    /** The job definition problem in the cause chain, else the chain's root. */
    private static Throwable rootOrDefinitionProblem(Throwable t) {
        Throwable c = t;
        while (!(c instanceof JobDefinitionException) && c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
