package th.ita.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.SampleInput;
import th.ita.report.run.ExitCode;

/**
 * The command line as the officer types it: help and version do nothing else, a wrong option or
 * value is refused in one Thai line with exit status 2 and nothing created on disk, and a good
 * command line runs.
 */
class CommandLineTest {

    @TempDir
    Path work;

    String console;

    int run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Launcher.run(new PrintStream(out), arguments);
        console = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void helpListsTheCommandsInThaiAndCompilesNothing() {
        Path output = work.resolve("output");
        assertThat(run("--help", "--output=" + output)).isZero();
        assertThat(console).contains("วิธีใช้").contains("compile").contains("offices").contains("template")
                .contains("history").contains("serve").contains("--version");
        assertThat(output).doesNotExist();

        assertThat(run("compile", "--help")).isZero();
        assertThat(console).contains("--input").contains("--quiet-period").contains("โฟลเดอร์ที่ส่วนราชการวางไฟล์")
                .contains("รายงานของหน่วยงานเดียว");
        assertThat(run("offices", "--help")).isZero();
        assertThat(console).contains("--restart").contains("แต่ละโฟลเดอร์ย่อย").doesNotContain("รายงานของหน่วยงานเดียว");
    }

    @Test
    void versionPrintsTheVersionAndNothingElse() {
        assertThat(run("--version")).isZero();
        assertThat(console.strip()).matches("ita-report \\d+\\.\\d+\\.\\d+.*");
        assertThat(run("history", "--version")).isZero();
        assertThat(console).startsWith("ita-report ");
    }

    @Test
    void anUnknownOptionIsRefusedByNameWithNothingCreated() throws Exception {
        Path output = work.resolve("output");
        assertThat(run("--inptu=x", "--output=" + output)).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console.lines()).singleElement().asString().contains("--inptu=x").contains("compile");
        assertThat(run("compil")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ไม่รู้จักคำสั่ง \"compil\"").contains("offices");
        assertThat(output).doesNotExist();
        assertNothingIn(work);
    }

    @Test
    void badValuesAreRefusedInThaiWithoutAStackTrace() {
        assertThat(run("history", "--limit=abc")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("--limit").contains("abc").contains("จำนวนเต็ม").doesNotContain("Exception");

        assertThat(run("serve", "--quiet-period=abc", "--output=" + work.resolve("o"))).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("--quiet-period").contains("abc").contains("PT1M").doesNotContain("Exception");

        // An option without its value, or with an empty one, is not taken to mean a default folder.
        assertThat(run("--input")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("--input").contains("ต้องมีค่า");
        assertThat(run("--input=", "--output=" + work.resolve("o"))).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("--input").contains("ค่าว่าง");
        assertThat(run("--output=")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("--output");
        assertNothingIn(work);
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAndNothingRuns() throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path file = Files.writeString(work.resolve("output"), "a file");
        assertThat(run("--input=" + input, "--output=" + file, "--job=jobs/natorn-2568.yml"))
                .isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains(file.toString()).contains("ไม่ใช่โฟลเดอร์");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void historyOfAFolderWithNoHistoryCreatesNothing() {
        Path missing = work.resolve("no-such-output");
        assertThat(run("history", "--output=" + missing)).isZero();
        assertThat(console).contains("ยังไม่มีประวัติ");
        assertThat(missing).doesNotExist();
    }

    @Test
    void settingsThatCannotBeUsedAreRefusedByName() throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        assertThat(run("--input=" + input, "--output=" + output, "--job=jobs/natorn-2568.yml", "--ita.keep-runs=0"))
                .isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ita.keep-runs").contains("๑").doesNotContain("Exception");
        assertThat(run("--input=" + input, "--output=" + output, "--job=jobs/natorn-2568.yml", "--ita.pdf.enabeld=false"))
                .isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ita.pdf.enabeld");
        assertThat(run("--input=" + input, "--output=" + output, "--job=jobs/natorn-2568.yml", "--ita.offices.threads=abc"))
                .isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ita.offices.threads").contains("abc");
        // The status page listens on an IP address given on purpose, never on a name looked up in DNS.
        assertThat(run("serve", "--input=" + input, "--output=" + output, "--job=jobs/natorn-2568.yml",
                "--ita.serve.address=ita-server.local")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ita.serve.address").contains("หมายเลข IP").doesNotContain("Exception");
        assertThat(run("serve", "--input=" + input, "--output=" + output, "--job=jobs/natorn-2568.yml",
                "--ita.serve.connection-timeout=PT0S")).isEqualTo(ExitCode.BAD_SETUP.code());
        assertThat(console).contains("ita.serve.connection-timeout").contains("๑ วินาที");
    }

    @Test
    void aSpaceSeparatedValueWorksAndTheCompileRuns() throws Exception {
        Path input = SampleInput.copyInto(work.resolve("input"));
        Path output = work.resolve("output");
        assertThat(run("compile", "--input", input.toString(), "--output", output.toString(), "--job",
                "jobs/natorn-2568.yml", "--ita.pdf.enabled=false")).as(console).isZero();
        assertThat(console).contains("แถว: อ่าน ๒๒, รับ ๒๒, ไม่รับ ๐")
                .contains("- กองคลัง.xlsx: กองคลัง แถว อ่าน ๕ รับ ๕ ไม่รับ ๐");
        assertThat(output.resolve("report.html")).isRegularFile();
    }

    /** Nothing but what the test itself made: a refused command line writes nothing. */
    private void assertNothingIn(Path folder) {
        try (Stream<Path> entries = Files.walk(folder)) {
            List<String> names = entries.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString())
                    .filter(name -> !name.startsWith("input")).toList();
            assertThat(names).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
