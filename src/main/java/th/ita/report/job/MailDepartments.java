package th.ita.report.job;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;

import th.ita.report.output.mail.DepartmentMailer;
import th.ita.report.report.CompiledRun;
import th.ita.report.report.FindingMessages;
import th.ita.report.report.ValidationReport;
import th.ita.report.text.ThaiMessages;

/**
 * The step after the outputs: the e-mail to departments (when the job definition configures it),
 * and what became of each e-mail added to the run's {@link RunSummary}. It never fails and never
 * changes how the run ends: its exit status is the one the outputs gave (a run without a report
 * stays {@value WriteOutputs#NO_REPORT}), and a failure to send is a line of the summary.
 *
 * <p>Being a step of the job, it is done once per run: a restart after it completed does not run it
 * again, and one that stopped inside it (the process killed mid-way) is kept from repeating an
 * e-mail by the record of what was sent ({@code .history/mail-sent.json}), written after each one.
 */
class MailDepartments implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MailDepartments.class);

    private final Compilation compilation;
    private final DepartmentMailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    MailDepartments(Compilation compilation, DepartmentMailer mailer, MessageSource messages, Clock clock) {
        this.compilation = compilation;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        RunSummary summary = RunSummary.of(job).orElse(null);
        if (summary == null) {
            return RepeatStatus.FINISHED;
        }
        if (!summary.reportWritten()) {
            contribution.setExitStatus(new ExitStatus(WriteOutputs.NO_REPORT));
        }
        List<RunSummary.Mail> mail;
        try {
            mail = send();
        } catch (RuntimeException e) {
            // A fault of the program itself, not of the mail: the run stands, the officer reads why nothing went.
            LOG.warn("e-mail to departments not sent", e);
            String reason = new ThaiMessages(messages).get("mail.error.other", String.valueOf(e));
            mail = compilation.definition().departments().stream()
                    .filter(d -> d.email() != null)
                    .flatMap(d -> d.email().stream().map(a -> new RunSummary.Mail(d.name(), a, false, reason)))
                    .toList();
        }
        if (!mail.isEmpty()) {
            summary.withMail(mail).storeIn(job.getExecutionContext());
        }
        return RepeatStatus.FINISHED;
    }

    private List<RunSummary.Mail> send() {
        CompiledRun run = compilation.assembled(WriteOutputs.allDepartments(messages), ZonedDateTime.now(clock));
        ValidationReport report = ValidationReport.of(run, compilation.definition(), new FindingMessages(messages));
        ThaiMessages thai = new ThaiMessages(messages);
        return mailer.send(report, compilation.definition(), compilation.definitionFile(), compilation.output())
                .stream()
                .map(d -> new RunSummary.Mail(d.department(), d.address(), d.outcome() == DepartmentMailer.Outcome.SENT,
                        d.reason() == null ? null : d.reason().wording(thai)))
                .toList();
    }
}
