package th.ita.report.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Workbooks saved as .ods by LibreOffice itself read exactly as the .xlsx, .xlsm or .xls they were
 * saved from: the sample input's four and the tests' own, with merged cells, lines, a date,
 * formulas and their errors, a hidden sheet, a footer and a stray cell. Skipped, with the reason,
 * where LibreOffice Calc is not installed.
 */
class LibreOfficeOdsTest {

    private final WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);

    @Test
    void everyWorkbookSavedAsOdsByLibreOfficeReadsAsTheWorkbookItCameFrom() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(LibreOfficeConversions.folder())) {
            sources = files.filter(f -> f.toString().matches(".*\\.(xlsx|xlsm|xls)$")).sorted().toList();
        }
        assertThat(sources).hasSize(6);
        for (Path source : sources) {
            Path ods = LibreOfficeConversions.odsOf(source);

            WorkbookContent read = reader.read(ods);

            assertThat(read.format()).isEqualTo("ods");
            OdsTwin.assertSameContent(read, reader.read(source), ods.getFileName().toString());
        }
    }

    @Test
    void whatASheetHoldsBeyondTextComesThroughLibreOffice() {
        Path ods = LibreOfficeConversions.odsOf(LibreOfficeConversions.folder().resolve("features.xlsx"));

        WorkbookContent content = reader.read(ods);

        assertThat(content.department()).isEqualTo("กองคลัง");
        assertThat(content.fiscalYearText()).isEqualTo("พ.ศ. ๒๕๖๘");
        assertThat(content.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5, 6, 7);
        TableRow first = content.rows().get(0);
        assertThat(first.text(Column.STEPS)).isEqualTo("๑. จัดประชุม\n๒. ติดตามผล");
        assertThat(first.cell(Column.PERIOD).date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(first.text(Column.OUTPUT)).isEqualTo("กองคลัง");
        assertThat(content.rows().get(1).text(Column.STEPS)).isEqualTo("๓. รายงานผล  ต่อผู้บริหาร");
        assertThat(content.rows().subList(1, 3)).allSatisfy(r -> assertThat(r.cell(Column.MEASURE).isBlank()).isTrue());
        assertThat(content.rows().get(2).text(Column.OUTPUT)).isEqualTo("ผลงาน");
        assertThat(content.rows().get(2).text(Column.OUTCOME)).isEqualTo("6");
        assertThat(content.rows().get(3).cell(Column.OUTPUT).error()).isEqualTo("#REF!");
        assertThat(content.rows().get(3).cell(Column.OUTCOME).error()).isEqualTo("#DIV/0!");
        assertThat(content.sheetNotes()).extracting(WorkbookContent.SheetNote::code)
                .containsExactly("sheet.hidden", "sheet.footer", "sheet.outsideCells");
    }
}
