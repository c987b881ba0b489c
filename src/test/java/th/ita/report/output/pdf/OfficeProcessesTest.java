package th.ita.report.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.PdfText;

/**
 * LibreOffice kept running: documents converted through it, the same process serving the next
 * office, gone when the run closes it; and, when it cannot be started, nothing converted through
 * it (the caller converts its own way).
 */
class OfficeProcessesTest {

    static final String NEEDS = "needs LibreOffice (soffice) and poppler (pdftotext); .ci/run installs them";

    final OfficeProcesses processes = new OfficeProcesses();

    @TempDir
    Path work;

    @AfterEach
    void closeThem() {
        processes.close();
    }

    @Test
    void notOpenConvertsNothingAndStartsNoLibreOffice() throws IOException {
        PdfCopies converters = PdfCopies.fromPath();
        Path docx = document(work.resolve("memo.docx"), "บันทึกข้อความ");

        assertThat(processes.convert(converters, List.of(docx), work)).isEmpty();
        assertThat(offices()).isEmpty();
    }

    @Test
    void oneProcessConvertsOfficeAfterOfficeAndStopsWithTheRun() throws IOException {
        PdfCopies converters = PdfCopies.fromPath();
        assumeTrue(converters.available() && PdfText.available(), NEEDS);
        processes.open(1);

        Path first = Files.createDirectories(work.resolve("first"));
        Optional<List<Path>> pdfs = processes.convert(converters,
                List.of(document(first.resolve("memo.docx"), "บันทึกข้อความ ส่วนราชการ สำนักปลัด"),
                        document(first.resolve("publication-request.docx"), "แบบฟอร์มการขอเผยแพร่ข้อมูล")), first);
        assertThat(pdfs).hasValueSatisfying(p -> assertThat(p)
                .containsExactly(first.resolve("memo.pdf"), first.resolve("publication-request.pdf")));
        assertThat(PdfText.letters(PdfText.text(first.resolve("memo.pdf")))).contains(PdfText.letters("บันทึกข้อความ"));
        assertThat(PdfText.letters(PdfText.text(first.resolve("publication-request.pdf"))))
                .contains(PdfText.letters("แบบฟอร์มการขอเผยแพร่ข้อมูล"));

        // Still running once the office is done, and the one the next office's document goes through.
        Set<Long> running = offices();
        assertThat(running).isNotEmpty();
        Path second = Files.createDirectories(work.resolve("second"));
        assertThat(processes.convert(converters, List.of(document(second.resolve("memo.docx"), "กองคลัง")), second))
                .hasValueSatisfying(p -> assertThat(p).containsExactly(second.resolve("memo.pdf")));
        assertThat(PdfText.letters(PdfText.text(second.resolve("memo.pdf")))).contains(PdfText.letters("กองคลัง"));
        assertThat(offices()).isEqualTo(running);

        processes.close();
        assertThat(offices()).as("LibreOffice stopped with the run").isEmpty();
        assertThat(processes.convert(converters, List.of(second.resolve("memo.docx")), second)).isEmpty();
    }

    @Test
    void whenLibreOfficeCannotBeStartedNothingGoesThroughIt() throws IOException {
        // An soffice that is not LibreOffice's: no program folder around it to start.
        Path fake = work.resolve("fake/program/soffice");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\nexit 1\n");
        fake.toFile().setExecutable(true);
        processes.open(1);
        Path docx = document(work.resolve("memo.docx"), "บันทึกข้อความ");

        assertThat(processes.convert(new PdfCopies(Optional.of(fake)), List.of(docx), work)).isEmpty();
        // Once failed, the run does not try again for every office.
        assertThat(processes.convert(new PdfCopies(Optional.of(fake)), List.of(docx), work)).isEmpty();
        assertThat(work.resolve("memo.pdf")).doesNotExist();
    }

    /** The LibreOffice processes this JVM started and that are still running. */
    private static Set<Long> offices() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static Path document(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setFontFamily("TH Sarabun New");
            run.setFontSize(16);
            run.setText(text);
            doc.write(out);
        }
        return file;
    }
}
