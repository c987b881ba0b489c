package th.ita.report.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;
import org.springframework.util.FileSystemUtils;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.merge.Accounting;
import th.ita.report.merge.CompiledReport;
import th.ita.report.merge.FileOutcome;
import th.ita.report.merge.ReportMerger;
import th.ita.report.rendering.CompiledRun;
import th.ita.report.rendering.DocumentText;
import th.ita.report.rendering.FindingMessages;
import th.ita.report.rendering.MemoDocument;
import th.ita.report.rendering.PdfCopies;
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
 * and the departments' validation report (validation.html, validation.xlsx). Each file is written beside its final name and moved into place, so the officer
 * never finds a half-written file. With no usable workbook at all, only report.json and the
 * validation report are written (they say why) and the run ends with exit status NO_REPORT.
 */
class OutputWriter implements Tasklet {

    static final String NO_REPORT = "NO_REPORT";

    private static final Logger log = LoggerFactory.getLogger(OutputWriter.class);

    private final Compilation compilation;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final boolean pdfCopies;

    OutputWriter(Compilation compilation, MessageSource messages, ITemplateEngine templates, Clock clock,
                 boolean pdfCopies) {
        this.compilation = compilation;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.pdfCopies = pdfCopies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var definition = compilation.definition();
        Accounting accounting = new Accounting(compilation.scanned(), compilation.submissions());
        List<Finding> findings = new ArrayList<>();
        for (Submission s : compilation.submissions()) {
            boolean counts = s.rejected() || accounting.used().contains(s);
            if (counts) {
                findings.addAll(s.findings());
            }
        }
        String allDepartments = messages.getMessage("report.allDepartments", null, DocumentText.THAI_LOCALE);
        boolean anyUsable = !accounting.used().isEmpty();
        CompiledReport report = anyUsable ? new ReportMerger(definition, allDepartments).merge(accounting.used()) : null;
        List<String> submitted = accounting.used().stream().map(Submission::department).toList();
        List<String> missing = definition.departments().stream().map(d -> d.name())
                .filter(name -> !submitted.contains(name)).toList();
        CompiledRun run = new CompiledRun(definition.fiscalYear(), ZonedDateTime.now(clock), report,
                accounting.outcomes(), findings, missing);

        Path output = Files.createDirectories(compilation.output());
        FindingMessages findingMessages = new FindingMessages(messages);
        List<Path> written = new ArrayList<>();
        written.add(writeAtomically(output.resolve("report.json"), out -> new ReportJson(findingMessages).write(run, out)));
        // The departments' report is written even when nothing was usable: that is when they need it most.
        ValidationReport validation = ValidationReport.of(run, definition, findingMessages);
        String validationPage = new ValidationPage(templates, messages)
                .render(validation, Numerals.of(definition.rendering().thaiDigits()));
        written.add(writeAtomically(output.resolve("validation.html"),
                out -> out.write(validationPage.getBytes(StandardCharsets.UTF_8))));
        written.add(writeAtomically(output.resolve("validation.xlsx"),
                out -> new ValidationWorkbook(messages).write(validation, out)));
        if (anyUsable) {
            DocumentText text = new DocumentText(definition, compilation.definitionFile(), messages);
            var reportContent = text.report(report);
            var memoContent = text.memo(run.generatedAt().toLocalDate());
            Numerals numerals = Numerals.of(definition.rendering().thaiDigits());
            written.add(writeAtomically(output.resolve("memo.docx"),
                    out -> new MemoDocument(definition.rendering().thaiDigits()).write(memoContent, reportContent, out)));
            String page = new ReportPage(templates, messages).render(reportContent, run, numerals);
            written.add(writeAtomically(output.resolve("report.html"),
                    out -> out.write(page.getBytes(StandardCharsets.UTF_8))));
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString("pdf", pdfCopies ? writePdfCopies(output, written) : "disabled");
        } else {
            contribution.setExitStatus(new org.springframework.batch.core.ExitStatus(NO_REPORT));
        }
        record(chunkContext, run, output, anyUsable);
        written.forEach(p -> log.info("wrote {}", p));
        return RepeatStatus.FINISHED;
    }

    /**
     * memo.pdf and report.pdf, converted in a work folder and moved in like the other outputs.
     * Returns what happened, for the summary: "written", or "skipped" when no converter is installed.
     */
    private static String writePdfCopies(Path output, List<Path> written) throws IOException {
        PdfCopies converters = PdfCopies.fromPath();
        if (!converters.available()) {
            return "skipped";
        }
        Path work = Files.createDirectories(output.resolve(".pdf-work"));
        try {
            Optional<Path> memo = converters.memo(output.resolve("memo.docx"), work);
            Optional<Path> page = converters.page(output.resolve("report.html"), work);
            for (Optional<Path> pdf : List.of(memo, page)) {
                if (pdf.isPresent()) {
                    written.add(moveIntoPlace(pdf.get(), output.resolve(pdf.get().getFileName().toString())));
                }
            }
            return memo.isPresent() && page.isPresent() ? "written" : "failed";
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Figures for the console summary, kept in the job's execution context (and so in the run history). */
    private static void record(ChunkContext chunkContext, CompiledRun run, Path output, boolean reportWritten) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
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
        context.putString("reportWritten", String.valueOf(reportWritten));
        context.putString("missingDepartments", String.join(", ", run.missingDepartments()));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path writeAtomically(Path target, Content content) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.writeTo(out);
        }
        return moveIntoPlace(partial, target);
    }

    private static Path moveIntoPlace(Path source, Path target) throws IOException {
        try {
            return Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            return Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
