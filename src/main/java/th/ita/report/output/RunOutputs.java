package th.ita.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.config.ItaSettings;
import th.ita.report.definition.JobDefinition;
import th.ita.report.output.publishing.Checkpoints;
import th.ita.report.output.publishing.Publisher;
import th.ita.report.report.CompiledRun;
import th.ita.report.report.DocumentText;
import th.ita.report.report.EmblemImage;
import th.ita.report.report.FindingMessages;
import th.ita.report.report.MemoContent;
import th.ita.report.output.memo.MemoDocument;
import th.ita.report.output.pdf.OfficeProcesses;
import th.ita.report.output.pdf.PdfCopies;
import th.ita.report.report.PublicationContent;
import th.ita.report.output.memo.PublicationRequestForm;
import th.ita.report.report.ReportContent;
import th.ita.report.report.ReportJson;
import th.ita.report.output.page.ReportPage;
import th.ita.report.output.page.ValidationPage;
import th.ita.report.report.ValidationReport;
import th.ita.report.output.workbook.ValidationWorkbook;
import th.ita.report.text.Numerals;

/**
 * Writes one run's outputs into its own folder and publishes them: report.json and the
 * departments' validation report always (they say why when nothing was usable), the memo, the
 * publication request form, the web page and their PDF copies when the run has a report. A run with no accepted row publishes
 * nothing: the previous report stays where the officer and the public find it.
 */
@Component
public class RunOutputs {

    /** The website publication request form, written beside the memo. */
    public static final String MEMO = "memo.docx";
    public static final String PUBLICATION_REQUEST = "publication-request.docx";
    /** The attached report alone, made only for LibreOffice to print as report.pdf. */
    private static final String REPORT_FOR_PDF = "report.docx";

    /** What became of the PDF copies of a run. */
    public enum Pdf { WRITTEN, FAILED, SKIPPED, DISABLED }

    /** Where a run's outputs went, and whether they replaced the published report. */
    public record Written(Path runFolder, boolean reportWritten, Pdf pdf) {
    }

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final ItaSettings settings;
    private final Publisher publisher;
    private final Checkpoints checkpoints;
    private final OfficeProcesses officeProcesses;

    RunOutputs(MessageSource messages, ITemplateEngine templates, ItaSettings settings, Publisher publisher,
               ObjectProvider<Checkpoints> checkpoints, OfficeProcesses officeProcesses) {
        this.messages = messages;
        this.templates = templates;
        this.settings = settings;
        this.publisher = publisher;
        this.checkpoints = checkpoints.getIfAvailable(() -> Checkpoints.NONE);
        this.officeProcesses = officeProcesses;
    }

    public Written write(CompiledRun run, JobDefinition definition, Path definitionFile, Path output) throws IOException {
        Numerals numerals = Numerals.of(definition.rendering().thaiDigits());
        Path folder = publisher.newRunFolder(Files.createDirectories(output), definition.fiscalYear(),
                run.generatedAt().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));

        String emblemNotice = EmblemImage.notice(definition, definitionFile, messages).orElse(null);
        FindingMessages findingMessages = new FindingMessages(messages);
        // No row accepted (no usable workbook, or every row rejected): the previous report stays published.
        boolean reportWritten = run.rowsAccepted() > 0;
        Signed signed = reportWritten ? Signed.of(new DocumentText(definition, definitionFile, messages), run,
                numerals.isThai()) : null;
        // The signed documents are written on a second core while this thread writes the rest.
        ForkJoinTask<Void> memoAndForm = signed == null ? null : ForkJoinPool.commonPool().submit(() -> {
            signed.writeInto(folder, false);
            return null;
        });
        try {
            writeTheRest(run, definition, folder, numerals, emblemNotice, findingMessages,
                    signed == null ? null : signed.report());
        } catch (IOException | RuntimeException e) {
            if (memoAndForm != null) {
                // Not left writing into the folder after the run has failed.
                memoAndForm.quietlyJoin();
            }
            throw e;
        }
        Pdf pdf = Pdf.DISABLED;
        if (reportWritten) {
            awaitWritten(memoAndForm);
            if (settings.pdf().enabled()) {
                pdf = writePdfCopies(folder, signed);
            }
        }
        Path complete = publisher.complete(folder);
        if (reportWritten) {
            publisher.publish(complete, output);
        }
        return new Written(complete, reportWritten, pdf);
    }

    /** report.json, the departments' validation report and, when there is a report, its web page. */
    private void writeTheRest(CompiledRun run, JobDefinition definition, Path folder, Numerals numerals,
                              String emblemNotice, FindingMessages findingMessages, ReportContent report)
            throws IOException {
        write(folder.resolve("report.json"), out -> new ReportJson(findingMessages).write(run, out));
        // The departments' report is written even when nothing was usable: that is when they need it most.
        ValidationReport validation = ValidationReport.of(run, definition, findingMessages);
        writeText(folder.resolve("validation.html"), out -> new ValidationPage(templates, messages,
                settings.validation().pageLimit()).emblemNotice(emblemNotice).render(validation, numerals, out));
        write(folder.resolve("validation.xlsx"), out -> new ValidationWorkbook(messages).write(validation, out));
        if (report != null) {
            writeText(folder.resolve("report.html"),
                    out -> new ReportPage(templates, messages).render(report, run, numerals, out));
        }
    }

    /** Waits for a document written on another thread; its failure is this run's. */
    private static void awaitWritten(ForkJoinTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    /** What the office signs: the memo with the attached report, and the publication request form. */
    private record Signed(ReportContent report, MemoContent memo, PublicationContent form, boolean thaiDigits) {

        static Signed of(DocumentText text, CompiledRun run, boolean thaiDigits) {
            return new Signed(text.report(run.report()), text.memo(run.generatedAt().toLocalDate()),
                    text.publication(run.report(), run.generatedAt().toLocalDate()), thaiDigits);
        }

        /** memo.docx and publication-request.docx, as the officer opens them or for LibreOffice. */
        void writeInto(Path folder, boolean forPdf) throws IOException {
            write(folder.resolve(MEMO), out -> new MemoDocument(thaiDigits, forPdf).write(memo, report, out));
            write(folder.resolve(PUBLICATION_REQUEST), out -> new PublicationRequestForm(forPdf).write(form, out));
        }

        /** The two documents and the attached report alone, each for LibreOffice to print. */
        void writeForPdf(Path folder) throws IOException {
            writeInto(folder, true);
            write(folder.resolve(REPORT_FOR_PDF), out -> new MemoDocument(thaiDigits, true).writeReportOnly(memo, report, out));
        }
    }

    /**
     * memo.pdf, publication-request.pdf and report.pdf, converted by one LibreOffice process (in an
     * {@code offices} run, by the one kept running for the run: {@link OfficeProcesses}) in a
     * work folder inside the (still partial) run folder. LibreOffice is given its own copies of the
     * .docx documents, with the Thai word boundaries spelled out, so it breaks lines only between
     * words. report.pdf is printed from the report as attached to the memo (cover, then the table
     * with its header on every page): LibreOffice's HTML import ignores the page's print CSS.
     */
    private Pdf writePdfCopies(Path runFolder, Signed signed) throws IOException {
        PdfCopies converters = PdfCopies.fromPath();
        if (!converters.available()) {
            return Pdf.SKIPPED;
        }
        checkpoints.reached(Checkpoints.PDF_STARTED);
        Path work = Files.createDirectories(runFolder.resolve(".pdf-work"));
        try {
            Path forPdf = Files.createDirectories(work.resolve("docx"));
            signed.writeForPdf(forPdf);
            List<Path> documents = List.of(forPdf.resolve(MEMO), forPdf.resolve(PUBLICATION_REQUEST),
                    forPdf.resolve(REPORT_FOR_PDF));
            List<Optional<Path>> copies = officeProcesses.documents(converters, documents, work);
            for (Optional<Path> copy : copies) {
                if (copy.isPresent()) {
                    Files.move(copy.get(), runFolder.resolve(copy.get().getFileName().toString()));
                }
            }
            return copies.stream().allMatch(Optional::isPresent) ? Pdf.WRITTEN : Pdf.FAILED;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
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
