package th.ita.report.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.MessageSource;

import th.ita.report.definition.JobDefinitionException;
import th.ita.report.rendering.DocumentText;

/**
 * Why a job execution failed, in one line: the Thai message of a job definition problem, else
 * the root exception. The compile job also keeps it in its execution context ({@link #KEY}),
 * since the exceptions themselves are not kept in the job repository (a multi-office summary
 * reads each office's reason back from there).
 */
public final class FailureReason {

    public static final String KEY = "failure";

    private FailureReason() {
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
