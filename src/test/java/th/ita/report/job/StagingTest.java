package th.ita.report.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.validation.Contribution;
import th.ita.report.validation.Item;
import th.ita.report.validation.Submission;
import th.ita.report.validation.Workbooks;

/** What the read step hands the next through the disk (for a restart after it) comes back as it was. */
class StagingTest {

    @TempDir
    Path output;

    @Test
    void aSubmissionComesBackAsItWasSaved() throws Exception {
        Submission submission = Workbooks.from("กองคลัง")
                .row("๑", "๑. ประชุม ชี้แจง\n๒. ติดประกาศ", "ต.ค. ๒๕๖๗", "กองคลัง", "ประกาศ ๑ ฉบับ", "ผู้เข้าร่วม ๒๐ คน")
                .row("2", "(1) E-Service ขั้นตอนที่  ๑", "พ.ย. ๒๕๖๗", "", "", "")
                .validate();
        Staging staging = Staging.of(output, 7);

        staging.save(submission);
        Submission back = staging.submission(Workbooks.from("กองคลัง").input()).orElseThrow();

        assertThat(back).usingRecursiveComparison().isEqualTo(submission);
        Item item = back.contributions().get(1).steps().get(0);
        assertThat(item.key()).isEqualTo(submission.contributions().get(1).steps().get(0).key())
                .isEqualTo("(1)e-serviceขั้นตอนที่1");
        assertThat(back.contributions()).flatExtracting(Contribution::steps).isNotEmpty();
        try (Stream<Path> files = Files.walk(output)) {
            String staged = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("workbook-"))
                    .findFirst().orElseThrow());
            assertThat(staged).contains("E-Service").contains("ผู้เข้าร่วม ๒๐ คน");
        }
    }
}
