package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * Reads a workbook as the job does and, for an .xlsx, with both readers, which must agree: the
 * usermodel reader and the streaming one give the same rows and the same notes. The workbook's
 * .ods twin ({@link OdsTwin}) must read the same too.
 */
final class BothReaders {

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    WorkbookContent read(Path file) {
        WorkbookContent usermodel = reader.readWithUsermodel(file);
        if (file.toString().endsWith(".xlsx")) {
            WorkbookContent streamed = reader.readStreaming(file);
            assertThat(streamed.rows()).as(file.toString()).containsExactlyElementsOf(usermodel.rows());
            assertThat(streamed.sheetNotes()).as(file.toString()).isEqualTo(usermodel.sheetNotes());
            assertThat(streamed).as(file.toString()).isEqualTo(usermodel);
        }
        WorkbookContent read = reader.read(file);
        assertThat(read).as("read() gives the same: " + file).isEqualTo(usermodel);
        OdsTwin.assertReadsTheSame(file, usermodel);
        return read;
    }

    /** The content has exactly one note, with this code and these arguments. */
    static void assertSingleNote(WorkbookContent content, String code, Object... arguments) {
        assertThat(content.sheetNotes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo(code);
            assertThat(note.arguments()).containsExactly(arguments);
        });
    }
}
