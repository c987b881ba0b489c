package th.ita.report.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.report.report.FindingMessages;
import th.ita.report.output.page.ValidationPageTest;
import th.ita.report.report.ValidationReport;
import th.ita.report.report.CompiledRun;
import th.ita.report.merge.FileOutcome;
import th.ita.report.validation.Finding;

/** validation.xlsx written from a run built by hand (the page test's) and read back with POI. */
class ValidationWorkbookTest {

    private static final List<String> PROBLEM_HEADER = List.of("ไฟล์", "แผ่นงาน", "แถว", "เซลล์", "ระดับ", "ปัญหา");

    static XSSFWorkbook write(CompiledRun run) throws IOException {
        ValidationReport report = ValidationPageTest.report(run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ValidationWorkbook(ValidationPageTest.messageSource()).write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    static Double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue();
    }

    static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? null : switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                case BLANK -> null;
                default -> cell.getCellType().name();
            });
        }
        return values;
    }

    @Test
    void summaryFirstThenOneSheetPerDepartmentWithFilesOrProblemsThenTheOtherFiles() throws IOException {
        try (XSSFWorkbook workbook = write(ValidationPageTest.run())) {
            // กองการศึกษา sent nothing and has no problems: no sheet of its own.
            assertThat(sheetNames(workbook)).containsExactly("สรุป", "สำนักปลัด", "กองคลัง", "กองช่าง", "=1+1", "ไฟล์อื่น");

            Sheet summary = workbook.getSheetAt(0);
            assertThat(values(summary.getRow(0))).containsExactly("ส่วนราชการ", "สถานะ", "แถวที่อ่าน", "แถวที่รับ",
                    "แถวที่ไม่รับ", "ต้องแก้", "คำเตือน", "หมายเหตุ");
            assertThat(summary.getLastRowNum()).isEqualTo(6);
            assertThat(values(summary.getRow(1))).containsExactly("สำนักปลัด", "ส่งแล้ว", "10", "8", "2", "3", "1", "1");
            assertThat(values(summary.getRow(2))).containsExactly("กองคลัง", "ส่งแล้ว", "5", "5", "0", "0", "1", "0");
            assertThat(values(summary.getRow(3))).containsExactly("กองช่าง", "ไม่รับทั้งไฟล์", "0", "0", "0", "0", "0", "0");
            assertThat(values(summary.getRow(4))).containsExactly("กองการศึกษา", "ยังไม่ส่ง", "0", "0", "0", "0", "0", "0");
            assertThat(values(summary.getRow(5))).containsExactly("=1+1", "ส่งแล้ว", "1", "1", "0", "0", "1", "0");
            assertThat(values(summary.getRow(6))).containsExactly("รวม", null, "16", "14", "2", "4", "3", "1");
            assertThat(summary.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            // Each department's name leads to its sheet; the missing one has none to lead to.
            assertThat(summary.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("'สำนักปลัด'!A1");
            assertThat(summary.getRow(4).getCell(0).getHyperlink()).isNull();

            Sheet office = workbook.getSheet("สำนักปลัด");
            assertThat(values(office.getRow(0))).containsExactlyElementsOf(PROBLEM_HEADER);
            assertThat(values(office.getRow(1))).containsExactly("สำนักปลัด.xlsx", null, null, null, "อ่านแล้ว",
                    "อ่าน 10 แถว รับ 8 แถว ไม่รับ 2 แถว");
            assertThat(values(office.getRow(2))).containsExactly("สำนักปลัด.xlsx", "ข", "12", "A12", "ต้องแก้",
                    "แถวนี้มีข้อมูลแต่ไม่ระบุมาตรการ และไม่มีแถวด้านบนให้ต่อ กรุณาระบุมาตรการ");
            assertThat(office.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            List<String> order = new ArrayList<>();
            for (int r = 2; r <= office.getLastRowNum(); r++) {
                order.add(text(office.getRow(r), 4) + " " + text(office.getRow(r), 1) + " " + text(office.getRow(r), 3));
            }
            assertThat(order).containsExactly("ต้องแก้ ข A12", "ต้องแก้ ก B3", "ต้องแก้ ก AA3", "คำเตือน ข D5",
                    "หมายเหตุ ก null");

            Sheet works = workbook.getSheet("กองช่าง");
            assertThat(works.getLastRowNum()).isEqualTo(2);
            assertThat(text(works.getRow(1), 0)).isEqualTo("กองช่าง.xlsx");
            assertThat(text(works.getRow(1), 4)).isEqualTo("ไม่รับทั้งไฟล์");
            assertThat(text(works.getRow(1), 5)).startsWith("ไฟล์ถูกตั้งรหัสผ่าน");
            assertThat(text(works.getRow(2), 0)).isEqualTo("02-กองช่าง-เดิม.xls");

            Sheet others = workbook.getSheet("ไฟล์อื่น");
            assertThat(values(others.getRow(1))).containsExactly("~$กองคลัง.xlsx", null, null, null, "ข้าม ไม่ได้อ่าน",
                    "ไฟล์ชั่วคราวของ Microsoft Office (เกิดขณะเปิดไฟล์ค้างไว้) ไม่ได้อ่าน");
            assertThat(text(others.getRow(2), 4)).isEqualTo("เลื่อนไปรอบหน้า");
            assertThat(values(others.getRow(3)).subList(0, 5)).containsExactly("ghost.xlsx", "@SUM(A1)", "4", "B4", "ต้องแก้");
        }
    }

    @Test
    void everyFindingIsOneRowOfItsDepartmentsSheet() throws IOException {
        CompiledRun run = ValidationPageTest.run();
        FindingMessages messages = new FindingMessages(ValidationPageTest.messageSource());
        try (XSSFWorkbook workbook = write(run)) {
            List<String> rows = new ArrayList<>();
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    List<String> v = values(sheet.getRow(r));
                    if (List.of("ต้องแก้", "คำเตือน", "หมายเหตุ").contains(v.get(4))) {
                        rows.add(sheet.getSheetName() + " | " + String.join(" | ", v.stream().map(String::valueOf).toList()));
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            for (Finding f : run.findings()) {
                String sheet = switch (f.file()) {
                    case "สำนักปลัด.xlsx" -> "สำนักปลัด";
                    case ValidationPageTest.PAYLOAD_FILE -> "กองคลัง";
                    case "=1+1.xlsx" -> "=1+1";
                    default -> "ไฟล์อื่น";
                };
                expected.add(sheet + " | " + String.join(" | ", f.file(), String.valueOf(f.sheet()),
                        String.valueOf(f.row()), String.valueOf(f.cell()),
                        switch (f.severity().name()) {
                            case "ERROR" -> "ต้องแก้";
                            case "WARNING" -> "คำเตือน";
                            default -> "หมายเหตุ";
                        }, messages.message(f)));
            }
            assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
            // The payload is kept exactly as the workbook had it.
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("\"" + ValidationPageTest.PAYLOAD + "\""));
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsAStringCell() throws IOException {
        try (XSSFWorkbook workbook = write(ValidationPageTest.run())) {
            Row name = workbook.getSheet("สรุป").getRow(5);
            assertThat(name.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCell(0).getStringCellValue()).isEqualTo("=1+1");

            Sheet unknown = workbook.getSheet("=1+1");
            Cell file = unknown.getRow(1).getCell(0);
            assertThat(file.getCellType()).isEqualTo(CellType.STRING);
            assertThat(file.getStringCellValue()).isEqualTo("=1+1.xlsx");
            assertThat(file.getCellStyle().getQuotePrefixed()).isTrue();
            Cell sheet = unknown.getRow(2).getCell(1);
            assertThat(sheet.getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getStringCellValue()).isEqualTo("+1+1");
            Cell at = workbook.getSheet("ไฟล์อื่น").getRow(3).getCell(1);
            assertThat(at.getCellType()).isEqualTo(CellType.STRING);
            assertThat(at.getStringCellValue()).isEqualTo("@SUM(A1)");
            // Ordinary text is not quote-prefixed.
            assertThat(unknown.getRow(2).getCell(5).getStringCellValue()).startsWith("ไม่พบช่อง");
            assertThat(unknown.getRow(2).getCell(5).getCellStyle().getQuotePrefixed()).isFalse();

            for (Sheet s : workbook) {
                for (Row row : s) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", s.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void textReadsBackAsWrittenEvenWhereItLooksLikeAFileFormatEscape() throws IOException {
        CompiledRun base = ValidationPageTest.run();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(Finding.warning("text.slip", "=1+1.xlsx", "_x0041_", 9, "C9", "_x0042_ and _X004a_", "y"));
        CompiledRun run = new CompiledRun(base.fiscalYear(), base.generatedAt(), null, base.files(), findings,
                base.missingDepartments());
        try (XSSFWorkbook workbook = write(run)) {
            Row row = workbook.getSheet("=1+1").getRow(3);
            assertThat(text(row, 1)).isEqualTo("_x0041_");
            assertThat(text(row, 5)).contains("\"_x0042_ and _X004a_\"");
        }
    }

    @Test
    void headerIsBoldAndFrozenAndTheProblemColumnWrapsWide() throws IOException {
        try (XSSFWorkbook workbook = write(ValidationPageTest.run())) {
            for (Sheet sheet : workbook) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                for (Cell cell : sheet.getRow(0)) {
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .as("%s!%s", sheet.getSheetName(), cell.getAddress()).isTrue();
                }
                assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getFontName())
                        .isEqualTo("TH Sarabun New");
            }
            Sheet office = workbook.getSheet("สำนักปลัด");
            assertThat(office.getColumnWidth(5)).isGreaterThanOrEqualTo(60 * 256);
            assertThat(office.getColumnWidth(0)).isGreaterThanOrEqualTo(20 * 256);
            assertThat(office.getRow(2).getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(workbook.getFontAt(office.getRow(2).getCell(5).getCellStyle().getFontIndex()).getBold()).isFalse();
        }
    }

    @Test
    void sheetNamesAreSafeAndUniqueTheWayExcelComparesThem() throws IOException {
        String longName = "ส่วนราชการที่มีชื่อยาวมากเกินกว่าสามสิบเอ็ดตัวอักษร";
        CompiledRun base = ValidationPageTest.run();
        List<FileOutcome> files = new ArrayList<>(base.files());
        files.add(ValidationPageTest.read("a.xlsx", "ก/ข", 1, 1));
        files.add(ValidationPageTest.read("b.xlsx", "ก?ข", 1, 1));
        files.add(ValidationPageTest.read("c.xlsx", "สรุป", 1, 1));
        files.add(ValidationPageTest.read("d.xlsx", longName, 1, 1));
        files.add(ValidationPageTest.read("e.xlsx", longName + "อีก", 1, 1));
        files.add(ValidationPageTest.read("f.xlsx", "Abc", 1, 1));
        files.add(ValidationPageTest.read("g.xlsx", "ABC", 1, 1));
        CompiledRun run = new CompiledRun(base.fiscalYear(), ZonedDateTime.now(), null, files, base.findings(),
                base.missingDepartments());
        try (XSSFWorkbook workbook = write(run)) {
            List<String> names = sheetNames(workbook);
            assertThat(names.subList(5, names.size())).containsExactly("ก_ข", "ก_ข (2)", "สรุป (2)",
                    longName.substring(0, 31), longName.substring(0, 27) + " (2)", "Abc", "ABC (2)", "ไฟล์อื่น");
            assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
            assertThat(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct().count())
                    .isEqualTo(names.size());
            // Each sheet still names its department's file.
            Row g = workbook.getSheet("ABC (2)").getRow(1);
            assertThat(Objects.requireNonNull(text(g, 0))).isEqualTo("g.xlsx");
        }
    }
}
