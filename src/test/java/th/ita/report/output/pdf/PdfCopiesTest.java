package th.ita.report.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The converters are found where an office's machine has them, not only on the PATH. */
class PdfCopiesTest {

    @Test
    void onWindowsLibreOfficeIsFoundInProgramFiles(@TempDir Path programFiles) throws IOException {
        Path soffice = executable(programFiles.resolve("LibreOffice/program/soffice.exe"));

        PdfCopies found = PdfCopies.find(Map.of("ProgramFiles", programFiles.toString(), "Path", ""));

        assertThat(found.office()).contains(soffice);
        assertThat(found.available()).isTrue();
    }

    @Test
    void thePathComesFirstAndNothingFoundMeansNoCopies(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path soffice = executable(bin.resolve("soffice"));
        executable(dir.resolve("pf/LibreOffice/program/soffice.exe"));

        assertThat(PdfCopies.find(Map.of("PATH", bin.toString(), "ProgramFiles", dir.resolve("pf").toString())).office())
                .contains(soffice);
        assertThat(PdfCopies.find(Map.of("PATH", dir.resolve("empty").toString())).available()).isFalse();
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        file.toFile().setExecutable(true);
        return file;
    }
}
