package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.TestConsole;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.SampleInput;
import th.ita.report.SeedDocument;
import th.ita.report.rendering.PdfCopies;

/**
 * With LibreOffice installed (.ci/run installs it), the run also writes memo.pdf and report.pdf,
 * and the memo's Thai text reads back out of the PDF. Skipped, with the reason, where
 * LibreOffice or pdftotext is missing.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=true", "spring.datasource.url=jdbc:hsqldb:mem:pdf"})
class PdfCopiesEndToEndTest {

    @Autowired
    CompileRun compiler;

    @Test
    void theMemoPdfHoldsTheMemosThaiText(@TempDir Path work) throws Exception {
        assumeTrue(PdfCopies.fromPath().available(), "LibreOffice (soffice) is not installed: PDF copies not tested");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext (poppler-utils) is not installed");
        Path input = SampleInput.copyInto(work.resolve("input"));

        Path output = work.resolve("output");
        TestConsole console = new TestConsole();
        assertThat(compiler.compile(new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null),
                console).exitCode()).as(console.text()).isEqualTo(ExitCode.OK);

        assertThat(output.resolve("memo.pdf")).isRegularFile();
        assertThat(output.resolve("report.pdf")).isRegularFile();
        assertThat(output.resolve(".pdf-work")).doesNotExist();
        String memo = SeedDocument.squeeze(pdfText(output.resolve("memo.pdf")));
        for (String expected : new String[] {"บันทึกข้อความ", "สต๓๒๓๐๑", "๒๐พฤษภาคม๒๕๖๘", "จึงเรียนมาเพื่อโปรดพิจารณา",
            "นายเอกชัยหลงขาว", "ข้อเสนอแนะ"}) {
            assertThat(memo).as("memo.pdf text").contains(expected);
        }
        assertThat(SeedDocument.squeeze(pdfText(output.resolve("report.pdf")))).contains("จากการวิเคราะห์ผลการประเมินคุณธรรม");
    }

    private static String pdfText(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
