package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.PdfText;
import th.ita.report.SampleInput;
import th.ita.report.TestConsole;
import th.ita.report.output.pdf.OfficeProcesses;
import th.ita.report.output.pdf.PdfCopies;
import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;

/**
 * A multi-office run with PDF copies: every office gets its three PDFs, converted by LibreOffice
 * kept running for the run (not one LibreOffice per office), which is gone when the run ends.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=true", "ita.offices.threads=2",
        "spring.datasource.url=jdbc:hsqldb:mem:officespdf;hsqldb.tx=mvcc"})
class OfficesPdfEndToEndTest {

    static final List<String> OFFICES = List.of("อบต.หนึ่ง", "อบต.สอง", "อบต.สาม");

    @Autowired
    OfficesRun compiler;

    @Autowired
    OfficeProcesses officeProcesses;

    @TempDir
    Path work;

    @Test
    void everyOfficeGetsItsPdfsFromLibreOfficeKeptRunningForTheRun() throws Exception {
        assumeTrue(PdfCopies.fromPath().available() && PdfText.available(),
                "needs LibreOffice (soffice) and poppler (pdftotext); .ci/run installs them");
        Path input = work.resolve("offices");
        for (String office : OFFICES) {
            SampleInput.copyInto(input.resolve(office));
        }
        Path output = work.resolve("output");
        TestConsole console = new TestConsole();

        ExitCode exit = compiler.compile(new OfficesRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null,
                false), console).exitCode();

        assertThat(exit).as(console.text()).isEqualTo(ExitCode.OK);
        for (String office : OFFICES) {
            Path published = output.resolve(office);
            assertThat(PdfText.letters(PdfText.text(published.resolve("memo.pdf"))))
                    .as(office).contains(PdfText.letters("บันทึกข้อความ"));
            assertThat(PdfText.letters(PdfText.text(published.resolve("publication-request.pdf"))))
                    .as(office).contains(PdfText.letters("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน"));
            assertThat(PdfText.letters(PdfText.text(published.resolve("report.pdf"))))
                    .as(office).contains(PdfText.letters("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"));
        }
        assertThat(officeProcesses.converted()).as("every office's three documents went through it").isEqualTo(9);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false)))
                .as("LibreOffice stopped with the run").isEmpty();
    }
}
