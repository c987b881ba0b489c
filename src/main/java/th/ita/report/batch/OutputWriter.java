package th.ita.report.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;
import org.springframework.util.FileSystemUtils;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.definition.JobDefinition;
import th.ita.report.merge.Accounting;
import th.ita.report.merge.CompiledReport;
import th.ita.report.merge.FileOutcome;
import th.ita.report.merge.ReportMerger;
import th.ita.report.publishing.Publisher;
import th.ita.report.rendering.CompiledRun;
import th.ita.report.rendering.DocumentText;
import th.ita.report.rendering.FindingMessages;
import th.ita.report.rendering.MemoContent;
import th.ita.report.rendering.MemoDocument;
import th.ita.report.rendering.PdfCopies;
import th.ita.report.rendering.ReportContent;
import th.ita.report.rendering.ReportJson;
import th.ita.report.rendering.ReportPage;
import th.ita.report.rendering.ValidationPage;
import th.ita.report.rendering.ValidationReport;
import th.ita.report.rendering.ValidationWorkbook;
import th.ita.report.text.Numerals;
import th.ita.report.validation.Finding;
import th.ita.report.validation.Submission;

/**
 * The last step: settles duplicates, merges, and writes memo.docx, report.html, report.json
 * and the departments' validation report (validation.html, validation.xlsx) into this run's own
 * folder, then has the {@link Publisher} make it the latest. With no usable workbook at all,
 * only report.json and the validation report are written (they say why), nothing is published,
 * and the run ends with exit status NO_REPORT.
 */
class OutputWriter implements Tasklet {

    static final String NO_REPORT = "NO_REPORT";

    private static final Logger log = LoggerFactory.getLogger(OutputWriter.class);

    private final Compilation compilation;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final boolean pdfCopies;
    private final Publisher publisher;
    private final int pagePerKind;

    OutputWriter(Compilation compilation, MessageSource messages, ITemplateEngine templates, Clock clock,
                 boolean pdfCopies, Publisher publisher, int pagePerKind) {
        this.pagePerKind = pagePerKind;
        this.compilation = compilation;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.pdfCopies = pdfCopies;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobDefinition definition = compilation.definition();
        Accounting accounting = new Accounting(compilation.scanned(), compilation.submissions());
        CompiledRun run = assemble(definition, accounting);
        Numerals numerals = Numerals.of(definition.rendering().thaiDigits());
        Path output = Files.createDirectories(compilation.output());
        Path runFolder = publisher.newRunFolder(output, definition.fiscalYear(),
                run.generatedAt().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();

        FindingMessages findingMessages = new FindingMessages(messages);
        write(runFolder.resolve("report.json"), out -> new ReportJson(findingMessages).write(run, out));
        // The departments' report is written even when nothing was usable: that is when they need it most.
        ValidationReport validation = ValidationReport.of(run, definition, findingMessages);
        writeText(runFolder.resolve("validation.html"),
                out -> new ValidationPage(templates, messages, pagePerKind).render(validation, numerals, out));
        write(runFolder.resolve("validation.xlsx"), out -> new ValidationWorkbook(messages).write(validation, out));
        // No row accepted (no usable workbook, or every row rejected): the previous report stays published.
        boolean reportWritten = run.rowsAccepted() > 0;
        if (reportWritten) {
            DocumentText text = new DocumentText(definition, compilation.definitionFile(), messages);
            ReportContent reportContent = text.report(run.report());
            MemoContent memoContent = text.memo(run.generatedAt().toLocalDate());
            write(runFolder.resolve("memo.docx"),
                    out -> new MemoDocument(numerals.isThai()).write(memoContent, reportContent, out));
            writeText(runFolder.resolve("report.html"),
                    out -> new ReportPage(templates, messages).render(reportContent, run, numerals, out));
            jobContext.putString("pdf", pdfCopies ? writePdfCopies(runFolder) : "disabled");
            publisher.publish(runFolder, output);
        } else {
            // No report: the previous one stays published; this run's folder says why.
            contribution.setExitStatus(new ExitStatus(NO_REPORT));
        }
        log.info("wrote {}", runFolder);
        record(jobContext, run, output, runFolder, reportWritten);
        return RepeatStatus.FINISHED;
    }

    /** The run as the writers see it: merged report (none without a usable workbook), every file's fate, findings. */
    private CompiledRun assemble(JobDefinition definition, Accounting accounting) {
        List<Finding> findings = new ArrayList<>();
        for (Submission s : compilation.submissions()) {
            // The ignored older copy of a department's file is not counted, and neither are its findings.
            if (s.rejected() || accounting.used().contains(s)) {
                findings.addAll(s.findings());
            }
        }
        // A department whose file has no rows (an unfilled template) has not really submitted.
        List<String> submitted = accounting.used().stream().filter(s -> s.rowsRead() > 0)
                .map(Submission::department).toList();
        List<String> missing = definition.departments().stream().map(JobDefinition.Department::name)
                .filter(name -> !submitted.contains(name)).toList();
        CompiledReport report = null;
        if (!accounting.used().isEmpty()) {
            String allDepartments = messages.getMessage("report.allDepartments", null, DocumentText.THAI_LOCALE);
            report = new ReportMerger(definition, allDepartments).merge(accounting.used());
        }
        return new CompiledRun(definition.fiscalYear(), ZonedDateTime.now(clock), report, accounting.outcomes(),
                findings, missing);
    }

    /**
     * memo.pdf and report.pdf, converted in a work folder and moved into the run folder.
     * Returns what happened, for the summary: "written", "failed", or "skipped" when no converter is installed.
     */
    private static String writePdfCopies(Path runFolder) throws IOException {
        PdfCopies converters = PdfCopies.fromPath();
        if (!converters.available()) {
            return "skipped";
        }
        Path work = Files.createDirectories(runFolder.resolve(".pdf-work"));
        try {
            Optional<Path> memo = converters.memo(runFolder.resolve("memo.docx"), work);
            Optional<Path> page = converters.page(runFolder.resolve("report.html"), work);
            for (Optional<Path> pdf : List.of(memo, page)) {
                if (pdf.isPresent()) {
                    Files.move(pdf.get(), runFolder.resolve(pdf.get().getFileName().toString()));
                }
            }
            return memo.isPresent() && page.isPresent() ? "written" : "failed";
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Figures for the console summary, kept in the job's execution context (and so in the run history). */
    private static void record(ExecutionContext context, CompiledRun run, Path output, Path runFolder,
                               boolean reportWritten) {
        context.putInt("fiscalYear", run.fiscalYear());
        context.putLong("filesRead", run.count(FileOutcome.Status.READ));
        context.putLong("filesRejected", run.count(FileOutcome.Status.REJECTED));
        context.putLong("filesIgnored", run.count(FileOutcome.Status.IGNORED));
        context.putLong("filesDeferred", run.count(FileOutcome.Status.DEFERRED));
        context.putInt("rowsRead", run.rowsRead());
        context.putInt("rowsAccepted", run.rowsAccepted());
        context.putInt("rowsRejected", run.rowsRejected());
        context.putInt("warnings", run.warnings().size());
        context.putString("output", output.toAbsolutePath().toString());
        context.putString("runFolder", runFolder.toAbsolutePath().toString());
        context.putString("reportWritten", String.valueOf(reportWritten));
        context.putString("missingDepartments", String.join(", ", run.missingDepartments()));
    }

    private interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private static void writeText(Path target, Text text) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            text.writeTo(out);
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path target, Content content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            content.writeTo(out);
        }
    }
}
