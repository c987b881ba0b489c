package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.report.TestConsole;
import th.ita.report.run.ExitCode;
import th.ita.report.run.OfficesRun;
import th.ita.report.SampleInput;
import th.ita.report.definition.JobDefinitionLoader;
import th.ita.report.output.publishing.Publisher;

/**
 * The multi-office run on real workbooks: two offices, one with a broken office definition.
 * The good office is compiled and published, the bad one is reported with its reason, and a
 * restart after the fix compiles only the office that failed.
 */
@SpringBootTest(properties = {"ita.pdf.enabled=false", "ita.offices.threads=2",
        "spring.datasource.url=jdbc:hsqldb:mem:offices;hsqldb.tx=mvcc"})
class OfficesJobEndToEndTest {

    static final String GOOD = "อบต.นาทอน";
    static final String BAD = "อบต.ขอนคลาน";

    @Autowired
    OfficesRun compiler;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path work;

    Path input;
    Path output;
    TestConsole console;
    OfficesRun.Result last;

    @BeforeEach
    void twoOffices() throws IOException {
        input = work.resolve("offices");
        SampleInput.copyInto(input.resolve(GOOD));
        SampleInput.copyInto(input.resolve(BAD));
        // The bad office's own definition: a fiscal year that is not a year.
        Files.writeString(input.resolve(BAD).resolve(JobDefinitionLoader.OFFICE_FILE),
                "organisation:\n  name: องค์การบริหารส่วนตำบลขอนคลาน\nfiscal-year: 25x8\n");
        Files.writeString(input.resolve("อ่านก่อน.txt"), "วางไฟล์ของแต่ละหน่วยงานในโฟลเดอร์ของหน่วยงาน");
        output = work.resolve("output");
        console = new TestConsole();
    }

    @Test
    void aBadOfficeDoesNotBlockTheGoodOneAndARestartRerunsOnlyTheBadOne() throws Exception {
        assertThat(compile(false)).isEqualTo(ExitCode.FAILED);

        List<OfficesRun.Office> offices = compiler.offices(last.execution());
        assertThat(offices).extracting(OfficesRun.Office::name).containsExactly(BAD, GOOD);
        OfficesRun.Office bad = offices.get(0);
        OfficesRun.Office good = offices.get(1);
        assertThat(good.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(good.reportWritten()).isTrue();
        assertThat(good.summary().orElseThrow().rowsRead()).isEqualTo(22);
        assertThat(bad.failed()).isTrue();
        assertThat(bad.reason()).contains(BAD).contains(JobDefinitionLoader.OFFICE_FILE).contains("25x8");

        // Each office has its own outputs; the bad one has none.
        assertThat(output.resolve(GOOD).resolve("report.html")).isRegularFile();
        assertThat(output.resolve(BAD).resolve("report.html")).doesNotExist();
        String goodRun = Publisher.latestRun(output.resolve(GOOD), 2568).orElseThrow();

        String said = console.text();
        assertThat(said).contains("ข้าม อ่านก่อน.txt").contains(BAD + ": ล้มเหลว").contains("25x8")
                .contains(GOOD + ": รวบรวมแล้ว").contains("--restart").doesNotContain("\tat ");

        // The office fixes its file; the restart compiles it, and only it.
        Files.writeString(input.resolve(BAD).resolve(JobDefinitionLoader.OFFICE_FILE),
                "organisation:\n  name: องค์การบริหารส่วนตำบลขอนคลาน\n");
        console = new TestConsole();
        assertThat(compile(true)).isEqualTo(ExitCode.OK);

        JobExecution restart = last.execution();
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> rerun = restart.getStepExecutions().stream()
                .map(s -> s.getExecutionContext().getString(OfficePartitioner.OFFICE, null))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(rerun).containsExactly(BAD);
        assertThat(compileJobExecutions(GOOD, restart)).isEqualTo(1);
        // Its definition could not be read, so its first compile run is the one after the fix.
        assertThat(compileJobExecutions(BAD, restart)).isEqualTo(1);
        assertThat(Publisher.latestRun(output.resolve(GOOD), 2568)).contains(goodRun);
        assertThat(runFolders(GOOD)).hasSize(1);

        // The office's own name from its definition, over the shared one's.
        var page = Jsoup.parse(output.resolve(BAD).resolve("report.html").toFile(), "UTF-8");
        assertThat(page.text()).contains("องค์การบริหารส่วนตำบลขอนคลาน").doesNotContain("องค์การบริหารส่วนตำบลนาทอน");
        assertThat(compiler.offices(restart)).allSatisfy(o -> assertThat(o.reportWritten()).isTrue());
        assertThat(console.text()).contains("รวบรวมแล้ว ๒ หน่วยงาน");

        // Nothing left to restart.
        console = new TestConsole();
        assertThat(compile(true)).isEqualTo(ExitCode.OK);
        assertThat(console.text()).contains("ไม่มีรอบการรวบรวมหลายหน่วยงานที่ล้มเหลว");

        // The next night, nothing changed: no office is compiled again, and the console says so.
        console = new TestConsole();
        assertThat(compile(false)).isEqualTo(ExitCode.OK);
        assertThat(console.text()).contains(GOOD + ": ไม่เปลี่ยนแปลงตั้งแต่รอบก่อน").contains(BAD + ": ไม่เปลี่ยนแปลงตั้งแต่รอบก่อน")
                .contains("ไม่เปลี่ยนแปลงจากรอบก่อน ๒");
        assertThat(compileJobExecutions(GOOD, last.execution())).isEqualTo(1);
        assertThat(compileJobExecutions(BAD, last.execution())).isEqualTo(1);
        assertThat(runFolders(GOOD)).hasSize(1);
        // Settled before any partition: the night records no step per office, yet every office is accounted for.
        assertThat(last.execution().getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("settleUnchangedOffices", OfficesJobConfiguration.JOB_NAME);
        assertThat(UnchangedOffices.of(last.execution().getExecutionContext()).orElseThrow().compiledBy())
                .containsOnlyKeys(BAD, GOOD);
        assertThat(compiler.offices(last.execution())).extracting(OfficesRun.Office::name).containsExactly(BAD, GOOD);
        assertThat(compiler.offices(last.execution())).allSatisfy(o -> {
            assertThat(o.unchanged()).isTrue();
            assertThat(o.reportWritten()).isTrue();
        });
        assertThat(compiler.offices(last.execution()).get(1).summary().orElseThrow().rowsRead()).isEqualTo(22);

        // One office changes: only it gets a partition and is compiled again; the other stays settled.
        Files.writeString(input.resolve(GOOD).resolve("อ่านก่อน.txt"), "ไฟล์ใหม่");
        console = new TestConsole();
        assertThat(compile(false)).isEqualTo(ExitCode.OK);
        assertThat(console.text()).contains(GOOD + ": รวบรวมแล้ว").contains(BAD + ": ไม่เปลี่ยนแปลงตั้งแต่รอบก่อน")
                .contains("ไม่เปลี่ยนแปลงจากรอบก่อน ๑");
        assertThat(last.execution().getStepExecutions()).extracting(s -> s.getExecutionContext()
                .getString(OfficePartitioner.OFFICE, null)).filteredOn(java.util.Objects::nonNull).containsExactly(GOOD);
        assertThat(compiler.offices(last.execution())).extracting(OfficesRun.Office::unchanged).containsExactly(true, false);
    }

    @Test
    void aFolderWithNoOfficeFoldersIsABadSetup() throws Exception {
        Path flat = SampleInput.copyInto(work.resolve("flat"));

        ExitCode exit = compiler.compile(new OfficesRun.Request(flat, output, Path.of("jobs/natorn-2568.yml"), null,
                false), console).exitCode();

        assertThat(exit).isEqualTo(ExitCode.BAD_SETUP);
        assertThat(console.text()).contains("ไม่พบโฟลเดอร์หน่วยงาน")
                .contains("ข้าม กองคลัง.xlsx");
    }

    @Test
    void theOverviewListsEveryOfficeIncludingOnesWithNoWorkbookAndTheConsoleCountsThemOff() throws Exception {
        Path offices = work.resolve("two");
        SampleInput.copyInto(offices.resolve(GOOD));
        Files.createDirectories(offices.resolve("อบต.ว่าง"));

        ExitCode exit = compiler.compile(new OfficesRun.Request(offices, output, Path.of("jobs/natorn-2568.yml"), null,
                false), console).exitCode();

        assertThat(exit).as(console.text()).isEqualTo(ExitCode.NO_REPORT);
        assertThat(console.text()).containsPattern("[๑๒]/๒ " + GOOD + ": รวบรวมแล้ว แถว อ่าน ๒๒")
                .containsPattern("[๑๒]/๒ อบต.ว่าง: ไม่ได้เขียนรายงาน").contains(output.resolve("index.html").toString());
        var page = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        var rows = page.select("table.offices tr.office");
        assertThat(rows).extracting(r -> r.selectFirst(".name").text()).containsExactly(GOOD, "อบต.ว่าง");
        assertThat(rows).extracting(r -> r.attr("data-state")).containsExactly("COMPILED", "NO_REPORT");
        assertThat(rows.get(1).selectFirst(".missing").text())
                .isEqualTo("สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา ศาสนาและวัฒนธรรม");
        // Every link leads to a page that is there.
        for (var link : page.select("table.offices a[href]")) {
            Path target = output.resolve(java.net.URLDecoder.decode(link.attr("href"), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(target).as(link.attr("href")).isRegularFile();
        }
        assertThat(rows.get(0).select("a.report")).hasSize(1);
        assertThat(rows.get(1).select("a.report")).isEmpty();
        assertThat(rows.get(1).select("a.validation")).hasSize(1);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(output.resolve("overview.json").toFile());
        assertThat(json.get("offices").size()).isEqualTo(2);
        assertThat(json.get("offices").get(0).get("rowsAccepted").asInt()).isEqualTo(22);
        assertThat(json.get("offices").get(1).get("state").asString()).isEqualTo("NO_REPORT");
    }

    private ExitCode compile(boolean restart) throws Exception {
        last = compiler.compile(new OfficesRun.Request(input, output, Path.of("jobs/natorn-2568.yml"), null, restart),
                console);
        return last.exitCode();
    }

    /** How many times the office's compile job ran within the multi-office run (its job instance's executions). */
    private long compileJobExecutions(String office, JobExecution run) {
        Long compile = jobRepository.getJobExecutions(run.getJobInstance()).stream()
                .flatMap(e -> e.getStepExecutions().stream())
                .filter(s -> office.equals(s.getExecutionContext().getString(OfficePartitioner.OFFICE, null)))
                .max(java.util.Comparator.comparing(StepExecution::getId))
                .map(partition -> OfficeOutcome.of(partition.getExecutionContext()).orElseThrow().execution())
                // Settled as unchanged: the run that published its report.
                .orElseGet(() -> UnchangedOffices.of(run.getExecutionContext()).orElseThrow().compiledBy().get(office));
        JobInstance instance = jobRepository.getJobExecution(compile).getJobInstance();
        return jobRepository.getJobExecutions(instance).size();
    }

    private List<Path> runFolders(String office) throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve(office).resolve("2568"))) {
            return runs.filter(p -> !p.getFileName().toString().equals(Publisher.LATEST))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
