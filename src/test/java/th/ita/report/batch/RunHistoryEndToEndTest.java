package th.ita.report.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.FileSystemUtils;

import th.ita.report.ReportCompiler;
import th.ita.report.SampleInput;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.publishing.Publisher;

/**
 * Run history on the job repository: unchanged input is recognised and nothing is written; a
 * run whose outputs were removed compiles again; a run that fails while writing leaves the
 * published report as it was, and the next run restarts that run and completes it.
 */
@SpringBootTest(properties = {"ita.cli.enabled=false", "ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:history"})
class RunHistoryEndToEndTest {

    @Autowired
    ReportCompiler compiler;

    @MockitoSpyBean
    Publisher publisher;

    @TempDir
    Path work;

    Path input;
    Path output;
    ByteArrayOutputStream console;

    @BeforeEach
    void sampleInput() throws IOException {
        input = SampleInput.copyInto(work.resolve("input"));
        output = work.resolve("output");

        console = new ByteArrayOutputStream();
        compiler.console(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void unchangedInputWritesNothingAndSaysSoUnlessItsOutputsAreGone() throws Exception {
        assertThat(compile()).isZero();
        long firstId = compiler.lastExecution().getId();
        Path report = output.resolve("report.html");
        var written = Files.getLastModifiedTime(report);
        String latest = Publisher.latestRun(output, 2568).orElseThrow();

        assertThat(compile()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("ไม่เปลี่ยนแปลง");
        assertThat(compiler.lastExecution().getId()).isEqualTo(firstId);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);
        assertThat(Publisher.latestRun(output, 2568)).contains(latest);

        FileSystemUtils.deleteRecursively(output.resolve("2568"));
        Files.delete(report);
        assertThat(compile()).isZero();
        assertThat(compiler.lastExecution().getId()).isNotEqualTo(firstId);
        assertThat(report).isRegularFile();
        assertThat(output.resolve("2568").resolve(Publisher.LATEST).resolve("memo.docx")).isRegularFile();
    }

    @Test
    void aRunThatFailsWhileWritingLeavesTheLatestReportAndTheNextRunCompletesIt() throws Exception {
        assertThat(compile()).isZero();
        String published = Publisher.latestRun(output, 2568).orElseThrow();
        String publishedJson = Files.readString(output.resolve("report.json"));

        // A department adds a file; the night's run then fails while publishing (disk full, killed...).
        TestWorkbooks.xlsx(input.resolve("กองสวัสดิการสังคม.xlsx"), "กองสวัสดิการสังคม",
                new String[] {"1", "ขั้นตอนของกองสวัสดิการ", "ก.พ. 2568", "", "ผล", ""});
        doThrow(new IOException("disk full")).doCallRealMethod().when(publisher).publish(any(), any());
        assertThat(compile()).isEqualTo(ReportCompiler.FAILED);
        long failedInstance = compiler.lastExecution().getJobInstanceId();
        assertThat(compiler.lastExecution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Publisher.latestRun(output, 2568)).contains(published);
        assertThat(Files.readString(output.resolve("report.json"))).isEqualTo(publishedJson);
        assertThat(output.resolve("2568").resolve(Publisher.LATEST).resolve("report.html")).isRegularFile();

        assertThat(compile()).isZero();
        assertThat(compiler.lastExecution().getJobInstanceId()).as("the failed run was restarted").isEqualTo(failedInstance);
        assertThat(compiler.lastExecution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Publisher.latestRun(output, 2568)).isPresent().get().isNotEqualTo(published);
        assertThat(Files.readString(output.resolve("report.json"))).contains("กองสวัสดิการสังคม.xlsx");
    }

    @Test
    void withNoUsableWorkbookNoReportIsWrittenAndThePreviousOneStaysPublished() throws Exception {
        assertThat(compile()).isZero();
        String published = Publisher.latestRun(output, 2568).orElseThrow();
        String page = Files.readString(output.resolve("report.html"));
        FileSystemUtils.deleteRecursively(input);
        Files.createDirectories(input);
        Files.writeString(input.resolve("กองคลัง.xlsx"), "not a workbook");

        assertThat(compile()).isEqualTo(ReportCompiler.NO_REPORT);

        assertThat(Publisher.latestRun(output, 2568)).contains(published);
        assertThat(Files.readString(output.resolve("report.html"))).isEqualTo(page);
        Path runFolder = Path.of(compiler.lastExecution().getExecutionContext().getString("runFolder"));
        assertThat(runFolder.resolve("memo.docx")).doesNotExist();
        assertThat(Files.readString(runFolder.resolve("validation.html"))).contains("กองคลัง.xlsx");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains(runFolder.resolve("validation.html").toString());
    }

    private int compile() throws Exception {
        return compiler.compile(input, output, Path.of("jobs/natorn-2568.yml"), null);
    }
}
