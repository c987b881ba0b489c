package th.ita.report.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.report.output.page.ValidationPageTest;

/** report.json is read back by the same class that writes it, whole. */
class ReportJsonTest {

    @Test
    void whatIsWrittenIsReadBack(@TempDir Path dir) throws Exception {
        CompiledRun run = ValidationPageTest.run();
        ReportJson json = new ReportJson(new FindingMessages(ValidationPageTest.messageSource()));
        Path file = dir.resolve("report.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            json.write(run, out);
        }

        ReportJson.Document read = ReportJson.read(file);

        assertThat(read).isEqualTo(json.document(run));
        assertThat(read.files()).isNotEmpty();
        assertThat(read.totals().rowsRead()).isEqualTo(run.rowsRead());
        // A report.json with a field this version does not know still reads.
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"laterField\": 1,"));
        assertThat(ReportJson.read(file).fiscalYear()).isEqualTo(run.fiscalYear());
    }
}
