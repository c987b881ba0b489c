package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2025-05-20T19:00:00Z");

    @Test
    void everyEntryGetsADecisionAndARecentFileWaitsForTheNextRun() throws Exception {
        touch("กองคลัง.xlsx", now.minusSeconds(3600));
        touch("กองช่าง.xls", now.minusSeconds(20));
        touch("~$กองคลัง.xlsx", now.minusSeconds(3600));
        touch(".~lock.กองคลัง.xlsx#", now.minusSeconds(3600));
        touch(".DS_Store", now.minusSeconds(3600));
        touch("คำสั่ง.pdf", now.minusSeconds(3600));
        touch("สำรอง.XLSX", now.minusSeconds(3600));
        touch("กองสาธารณสุข.ods", now.minusSeconds(3600));
        touch("แบบฟอร์ม.ots", now.minusSeconds(3600));
        touch("กองการศึกษา.fods", now.minusSeconds(3600));
        touch(".~lock.กองสาธารณสุข.ods#", now.minusSeconds(3600));
        touch("job.yml", now.minusSeconds(3600));
        Files.createDirectory(dir.resolve("ปีที่แล้ว"));

        List<InputFile> nightly = new InputFolder().scan(dir, Duration.ofMinutes(1), now);

        assertThat(nightly).extracting(InputFile::name, InputFile::decision, InputFile::reasonCode).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("กองคลัง.xlsx", InputFile.Decision.CANDIDATE, null),
                org.assertj.core.groups.Tuple.tuple("กองช่าง.xls", InputFile.Decision.DEFERRED, "deferred.recent"),
                org.assertj.core.groups.Tuple.tuple("~$กองคลัง.xlsx", InputFile.Decision.IGNORED, "ignored.officeLock"),
                org.assertj.core.groups.Tuple.tuple(".~lock.กองคลัง.xlsx#", InputFile.Decision.IGNORED, "ignored.libreOfficeLock"),
                org.assertj.core.groups.Tuple.tuple(".DS_Store", InputFile.Decision.IGNORED, "ignored.hidden"),
                org.assertj.core.groups.Tuple.tuple("คำสั่ง.pdf", InputFile.Decision.IGNORED, "ignored.notWorkbook"),
                org.assertj.core.groups.Tuple.tuple("สำรอง.XLSX", InputFile.Decision.CANDIDATE, null),
                org.assertj.core.groups.Tuple.tuple("กองสาธารณสุข.ods", InputFile.Decision.CANDIDATE, null),
                org.assertj.core.groups.Tuple.tuple("แบบฟอร์ม.ots", InputFile.Decision.CANDIDATE, null),
                org.assertj.core.groups.Tuple.tuple("กองการศึกษา.fods", InputFile.Decision.CANDIDATE, null),
                org.assertj.core.groups.Tuple.tuple(".~lock.กองสาธารณสุข.ods#", InputFile.Decision.IGNORED, "ignored.libreOfficeLock"),
                org.assertj.core.groups.Tuple.tuple("job.yml", InputFile.Decision.IGNORED, "ignored.jobDefinition"),
                org.assertj.core.groups.Tuple.tuple("ปีที่แล้ว", InputFile.Decision.IGNORED, "ignored.folder"));

        List<InputFile> oneShot = new InputFolder().scan(dir, Duration.ZERO, now);
        assertThat(oneShot).filteredOn(f -> f.name().equals("กองช่าง.xls"))
                .extracting(InputFile::decision).containsExactly(InputFile.Decision.CANDIDATE);
    }

    private void touch(String name, Instant modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
