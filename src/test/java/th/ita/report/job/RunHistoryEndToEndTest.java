package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

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

import th.ita.report.TestConsole;
import th.ita.report.intake.WorkbookReader;
import th.ita.report.run.CompileRun;
import th.ita.report.run.ExitCode;
import th.ita.report.SampleInput;
import th.ita.report.intake.TestWorkbooks;
import th.ita.report.output.publishing.Publisher;

/**
 * Run history on the job repository: unchanged input is recognised and nothing is written; a
 * run whose outputs were removed compiles again; a run that fails while writing leaves the
 * published report as it was, and the next run restarts that run and completes it.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "spring.datasource.url=jdbc:hsqldb:mem:history"})
class RunHistoryEndToEndTest {

    @Autowired
    CompileRun compiler;

    @MockitoSpyBean
    Publisher publisher;

    @MockitoSpyBean
    WorkbookReader reader;

    @TempDir
    Path work;

    Path input;
    Path output;
    TestConsole console;
    CompileRun.Result last;

    @BeforeEach
    void sampleInput() throws IOException {
        input = SampleInput.copyInto(work.resolve("input"));
        output = work.resolve("output");

        console = new TestConsole();
    }

    @Test
    void unchangedInputWritesNothingAndSaysSoUnlessItsOutputsAreGone() throws Exception {
        assertThat(compile()).isEqualTo(ExitCode.OK);
        long firstId = last.execution().getId();
        Path report = output.resolve("report.html");
        var written = Files.getLastModifiedTime(report);
        String latest = Publisher.latestRun(output, 2568).orElseThrow();

        assertThat(compile()).isEqualTo(ExitCode.OK);
        assertThat(last.unchanged()).isTrue();
        assertThat(console.text()).contains("ไม่เปลี่ยนแปลง");
        assertThat(last.execution().getId()).isEqualTo(firstId);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);
        assertThat(Publisher.latestRun(output, 2568)).contains(latest);

        FileSystemUtils.deleteRecursively(output.resolve("2568"));
        Files.delete(report);
        assertThat(compile()).isEqualTo(ExitCode.OK);
        assertThat(last.execution().getId()).isNotEqualTo(firstId);
        assertThat(report).isRegularFile();
        assertThat(output.resolve("2568").resolve(Publisher.LATEST).resolve("memo.docx")).isRegularFile();
    }

    @Test
    void aRunThatFailsWhileWritingLeavesTheLatestReportAndTheNextRunCompletesItWithoutRereading() throws Exception {
        assertThat(compile()).isEqualTo(ExitCode.OK);
        String published = Publisher.latestRun(output, 2568).orElseThrow();
        String publishedJson = Files.readString(output.resolve("report.json"));

        // A department adds a file; the night's run then fails while publishing (disk full, killed...).
        TestWorkbooks.xlsx(input.resolve("กองสวัสดิการสังคม.xlsx"), "กองสวัสดิการสังคม",
                new String[] {"1", "ขั้นตอนของกองสวัสดิการ", "ก.พ. 2568", "", "ผล", ""});
        doThrow(new IOException("disk full")).doCallRealMethod().when(publisher).publish(any(), any());
        assertThat(compile()).isEqualTo(ExitCode.FAILED);
        long failedInstance = last.execution().getJobInstanceId();
        assertThat(last.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Publisher.latestRun(output, 2568)).contains(published);
        assertThat(Files.readString(output.resolve("report.json"))).isEqualTo(publishedJson);
        assertThat(output.resolve("2568").resolve(Publisher.LATEST).resolve("report.html")).isRegularFile();

        // The restart goes on from the failed step: the workbooks read before the failure are not read again.
        clearInvocations(reader);
        assertThat(compile()).isEqualTo(ExitCode.OK);
        verify(reader, never()).read(any());
        assertThat(last.execution().getJobInstanceId()).as("the failed run was restarted").isEqualTo(failedInstance);
        assertThat(last.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(last.execution().getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly("writeOutputs", "mailDepartments");
        assertThat(output.resolve(".work")).doesNotExist();
        assertThat(Publisher.latestRun(output, 2568)).isPresent().get().isNotEqualTo(published);
        assertThat(Files.readString(output.resolve("report.json"))).contains("กองสวัสดิการสังคม.xlsx");
    }

    @Test
    void withNoUsableWorkbookNoReportIsWrittenAndThePreviousOneStaysPublished() throws Exception {
        assertThat(compile()).isEqualTo(ExitCode.OK);
        String published = Publisher.latestRun(output, 2568).orElseThrow();
        String page = Files.readString(output.resolve("report.html"));
        FileSystemUtils.deleteRecursively(input);
        Files.createDirectories(input);
        Files.writeString(input.resolve("กองคลัง.xlsx"), "not a workbook");

        assertThat(compile()).isEqualTo(ExitCode.NO_REPORT);

        assertThat(Publisher.latestRun(output, 2568)).contains(published);
        assertThat(Files.readString(output.resolve("report.html"))).isEqualTo(page);
        Path runFolder = Path.of(last.summary().orElseThrow().runFolder());
        assertThat(runFolder.resolve("memo.docx")).doesNotExist();
        assertThat(Files.readString(runFolder.resolve("validation.html"))).contains("กองคลัง.xlsx");
        assertThat(console.text()).contains(runFolder.resolve("validation.html").toString());
    }

    private ExitCode compile() throws Exception {
        last = compiler.compile(new CompileRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null), console);
        return last.exitCode();
    }
}
