package th.ita.report.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample input, read back with POI and merged here by a few lines of its own (not the
 * product's code), must give the seed report's table: the same items per measure in the same
 * order, single items in the seed's form, the seed's periods and responsible cells.
 */
class SampleInputGeneratorTest {

    private enum Col { MEASURE, STEPS, PERIOD, RESPONSIBLE, OUTPUT, OUTCOME }

    private static final List<Col> ITEM_COLUMNS = List.of(Col.STEPS, Col.OUTPUT, Col.OUTCOME);
    private static final Pattern MARKER = Pattern.compile("(?<![0-9๐-๙])[0-9๐-๙]{1,2}\\.(?![0-9๐-๙])");
    private static final Pattern LEADING_MARKER = Pattern.compile("^\\s*[0-9๐-๙]{1,2}\\.");
    private static final List<String[]> MONTHS = List.of( // fiscal order, full name first
            new String[] {"ตุลาคม", "ต.ค."}, new String[] {"พฤศจิกายน", "พ.ย."}, new String[] {"ธันวาคม", "ธ.ค."},
            new String[] {"มกราคม", "ม.ค."}, new String[] {"กุมภาพันธ์", "ก.พ."}, new String[] {"มีนาคม", "มี.ค."},
            new String[] {"เมษายน", "เม.ย."}, new String[] {"พฤษภาคม", "พ.ค."}, new String[] {"มิถุนายน", "มิ.ย."},
            new String[] {"กรกฎาคม", "ก.ค."}, new String[] {"สิงหาคม", "ส.ค."}, new String[] {"กันยายน", "ก.ย."});

    @TempDir
    static Path folder;
    static List<Path> written;

    /** One table row as read: department, measure number, continuation or not, cell texts. */
    record Source(String department, int measure, boolean continuation, Map<Col, String> cells) {
    }

    /** One merged measure: the raw items kept (first occurrence) per column, periods, responsible cells. */
    record Merged(Map<Col, List<String>> items, List<String> periods, List<String> responsible,
                  Set<String> departments) {
    }

    @BeforeAll
    static void generate() throws IOException {
        written = SampleInputGenerator.write(folder);
    }

    @Test
    void writesFourWorkbooksInTheirFormats() throws Exception {
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("สำนักปลัด.xlsx", "กองคลัง.xlsx", "กองช่าง.xls", "กองการศึกษา ศาสนาและวัฒนธรรม.xlsm");
        for (Path file : written) {
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file));
                 Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                boolean xls = file.toString().endsWith(".xls");
                assertThat(FileMagic.valueOf(in)).isEqualTo(xls ? FileMagic.OLE2 : FileMagic.OOXML);
                assertThat(wb).isInstanceOf(xls ? HSSFWorkbook.class : XSSFWorkbook.class);
                if (!xls) {
                    assertThat(((XSSFWorkbook) wb).getWorkbookType()).isEqualTo(
                            file.toString().endsWith(".xlsm") ? XSSFWorkbookType.XLSM : XSSFWorkbookType.XLSX);
                }
            }
        }
        try (OPCPackage xlsm = OPCPackage.open(written.get(3).toFile(), PackageAccess.READ)) {
            assertThat(xlsm.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType())).hasSize(1);
        }
        try (Workbook palad = WorkbookFactory.create(written.get(0).toFile(), null, true)) {
            assertThat(palad.getNumberOfSheets()).isEqualTo(2);
            assertThat(palad.isSheetHidden(1)).isTrue();
        }
    }

    @Test
    void labelsNameTheDepartmentWhereTheyExist() throws IOException {
        assertThat(texts(written.get(0))).containsSequence("ส่วนราชการ", "สำนักปลัด")
                .containsSequence("ปีงบประมาณ", "๒๕๖๘");
        assertThat(texts(written.get(1))).contains("ส่วนราชการ: กองคลัง", "ปีงบประมาณ พ.ศ. 2568");
        assertThat(texts(written.get(2))).noneMatch(t -> t.startsWith("ส่วนราชการ") || t.startsWith("ปีงบประมาณ"));
        assertThat(texts(written.get(3))).contains("ส่วนราชการ กองการศึกษา ศาสนาและวัฒนธรรม")
                .noneMatch(t -> t.contains("ปีงบประมาณ"));
    }

    @Test
    void writesTheSameBytesEveryRun(@TempDir Path again) throws IOException {
        List<Path> second = SampleInputGenerator.write(again);
        for (int i = 0; i < written.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(written.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(written.get(i)));
        }
    }

    @Test
    void mergedItemsAreTheSeeds() throws IOException {
        Map<Integer, Merged> seed = merge(seedRows());
        Map<Integer, Merged> sample = merge(sampleRows());
        assertThat(sample.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        for (int m = 1; m <= 7; m++) {
            for (Col col : ITEM_COLUMNS) {
                List<String> expected = seed.get(m).items().get(col);
                List<String> actual = sample.get(m).items().get(col);
                assertThat(actual).as("measure %d %s", m, col)
                        .extracting(SampleInputGeneratorTest::key).containsExactlyElementsOf(
                                expected.stream().map(SampleInputGeneratorTest::key).toList());
                if (expected.size() == 1) { // a single item keeps the first department's form
                    assertThat(keyWithNumber(actual.get(0))).as("form of measure %d %s", m, col)
                            .isEqualTo(keyWithNumber(expected.get(0)));
                }
            }
        }
    }

    @Test
    void duplicatesAcrossDepartmentsAreThereToBeDropped() throws IOException {
        List<Source> rows = sampleRows();
        long raw = rows.stream().mapToLong(r -> ITEM_COLUMNS.stream()
                .mapToLong(c -> split(r.cells().getOrDefault(c, "")).stream()
                        .filter(i -> LEADING_MARKER.matcher(i).find() || !r.continuation()).count())
                .sum()).sum();
        long kept = merge(rows).values().stream()
                .mapToLong(m -> m.items().values().stream().mapToLong(List::size).sum()).sum();
        assertThat(raw - kept).isEqualTo(19);
    }

    @Test
    void periodsAndResponsibleComeOutAsTheSeeds() throws IOException {
        Map<Integer, Merged> seed = merge(seedRows());
        Map<Integer, Merged> sample = merge(sampleRows());
        Set<String> all = new HashSet<>(List.of("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"));
        for (int m = 1; m <= 7; m++) {
            Merged s = sample.get(m);
            assertThat(span(s.periods())).as("period of measure %d", m).isEqualTo(span(seed.get(m).periods()));
            for (String period : s.periods()) {
                assertThat(numbers(period)).as(period).allMatch(n -> n.equals("2568") || n.equals("68"));
            }
            boolean everyone = s.responsible().stream().anyMatch(r -> key(r).contains("ทุกส่วนราชการ"))
                    || s.departments().equals(all);
            String responsible = everyone ? "ทุกส่วนราชการ" : String.join(",", s.departments());
            assertThat(responsible).as("responsible of measure %d", m)
                    .isEqualTo(key(seed.get(m).responsible().get(0)));
        }
        // both ways of reaching ทุกส่วนราชการ are exercised
        assertThat(sample.get(1).departments()).isEqualTo(all);
        assertThat(sample.get(1).responsible()).noneMatch(r -> key(r).contains("ทุกส่วนราชการ"));
        assertThat(sample.get(5).departments()).hasSize(2);
        assertThat(sample.get(6).departments()).containsExactly("สำนักปลัด");
    }

    // ------------------------------------------------------------------ the merge, independently

    private static Map<Integer, Merged> merge(List<Source> rows) {
        // per department and measure: items per column, a continuation row's leading text joined to the last item
        Map<String, Map<Col, List<String>>> byDepartment = new LinkedHashMap<>();
        Map<Integer, Merged> merged = new TreeMap<>();
        for (Source row : rows) {
            Merged m = merged.computeIfAbsent(row.measure(), k -> new Merged(new EnumMap<>(Col.class),
                    new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>()));
            m.departments().add(row.department());
            addIfPresent(m.periods(), row.cells().get(Col.PERIOD));
            addIfPresent(m.responsible(), row.cells().get(Col.RESPONSIBLE));
            Map<Col, List<String>> own = byDepartment.computeIfAbsent(row.department() + "#" + row.measure(),
                    k -> new EnumMap<>(Col.class));
            for (Col col : ITEM_COLUMNS) {
                List<String> items = own.computeIfAbsent(col, k -> new ArrayList<>());
                for (String item : split(row.cells().getOrDefault(col, ""))) {
                    if (row.continuation() && !LEADING_MARKER.matcher(item).find() && !items.isEmpty()) {
                        items.set(items.size() - 1, items.get(items.size() - 1) + " " + item);
                    } else {
                        items.add(item);
                    }
                }
            }
        }
        byDepartment.forEach((departmentAndMeasure, own) -> {
            Merged m = merged.get(Integer.valueOf(departmentAndMeasure.substring(departmentAndMeasure.indexOf('#') + 1)));
            own.forEach((col, items) -> {
                List<String> kept = m.items().computeIfAbsent(col, k -> new ArrayList<>());
                for (String item : items) {
                    if (kept.stream().noneMatch(k -> key(k).equals(key(item)))) {
                        kept.add(item);
                    }
                }
            });
        });
        return merged;
    }

    private static void addIfPresent(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
    }

    /** A cell's items, cut before each {@code ๑.}-style marker; leading unnumbered text is an item too. */
    private static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        Matcher marker = MARKER.matcher(cell);
        int start = 0;
        while (marker.find()) {
            items.add(cell.substring(start, marker.start()));
            start = marker.start();
        }
        items.add(cell.substring(start));
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Comparison key: no whitespace, Arabic digits, the item's own number dropped. */
    private static String key(String text) {
        return keyWithNumber(LEADING_MARKER.matcher(text).replaceFirst(""));
    }

    private static String keyWithNumber(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c >= 0x0E50 && c <= 0x0E59 ? '0' + c - 0x0E50 : c).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Earliest start and latest end month (fiscal order) over the periods. */
    private static List<Integer> span(List<String> periods) {
        int start = 12;
        int end = -1;
        for (String period : periods) {
            List<Integer> months = months(key(period));
            assertThat(months).as(period).isNotEmpty();
            start = Math.min(start, months.get(0));
            end = Math.max(end, months.get(months.size() - 1));
        }
        return List.of(start, end);
    }

    private static List<Integer> months(String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (int m = 0; m < MONTHS.size(); m++) {
                for (String name : MONTHS.get(m)) {
                    if (text.startsWith(name, i)) {
                        found.add(m);
                        i += name.length() - 1;
                        m = MONTHS.size();
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static List<String> numbers(String text) {
        return Pattern.compile("\\d+").matcher(keyWithNumber(text)).results().map(java.util.regex.MatchResult::group).toList();
    }

    // ------------------------------------------------------------------ the seed's table

    private static List<Source> seedRows() throws IOException {
        String seed;
        try (InputStream in = SampleInputGeneratorTest.class.getResourceAsStream("/seed/seed-memo-and-report.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Source> rows = new ArrayList<>();
        int measure = 0;
        for (String line : seed.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|--") || line.contains("มาตรการ/ โครงการ")) {
                continue;
            }
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
            Map<Col, String> row = new EnumMap<>(Col.class);
            for (Col col : Col.values()) {
                row.put(col, cells[col.ordinal()].replaceAll("</?p>", " ").strip());
            }
            boolean continuation = row.get(Col.MEASURE).isEmpty();
            measure = continuation ? measure : Integer.parseInt(keyWithNumber(row.get(Col.MEASURE)).replaceAll("\\..*", ""));
            rows.add(new Source("seed", measure, continuation, row));
        }
        return rows;
    }

    // ------------------------------------------------------------------ the workbooks, read plainly

    private static List<Source> sampleRows() throws IOException {
        List<String> names = seedRows().stream().filter(r -> !r.continuation())
                .map(r -> key(r.cells().get(Col.MEASURE)).replaceFirst("^\\d+\\.", "")).toList();
        List<Source> rows = new ArrayList<>();
        for (Path file : written) {
            String department = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                    if (!wb.isSheetHidden(s)) {
                        readSheet(wb.getSheetAt(s), department, names, rows);
                    }
                }
            }
        }
        return rows;
    }

    private static void readSheet(Sheet sheet, String department, List<String> names, List<Source> rows) {
        int headerRow = -1;
        for (Row row : sheet) {
            if (cells(row).stream().anyMatch(t -> t.contains("ผู้รับผิดชอบ"))) {
                headerRow = row.getRowNum();
                break;
            }
        }
        assertThat(headerRow).as(department + " header").isNotNegative();
        Map<Col, Integer> columns = new EnumMap<>(Col.class);
        Set<String> headerTexts = new HashSet<>();
        int firstData = headerRow + 1;
        // a second header row only where the first left headings out (ผลการดำเนินงาน over output and outcome)
        for (int r = headerRow; r <= headerRow + 1 && columns.size() < Col.values().length; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Col col = column(text(row.getCell(c)));
                if (col != null) {
                    columns.putIfAbsent(col, c);
                    headerTexts.add(key(text(row.getCell(c))));
                    firstData = Math.max(firstData, r + 1);
                }
            }
        }
        assertThat(columns).as(department + " columns").hasSize(Col.values().length);
        int measure = 0;
        for (int r = firstData; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> texts = cells(row);
            if (texts.stream().allMatch(String::isBlank)
                    || texts.stream().filter(t -> headerTexts.contains(key(t))).count() >= 2) {
                continue; // blank row or the header pasted again
            }
            Map<Col, String> cells = new EnumMap<>(Col.class);
            columns.forEach((col, c) -> cells.put(col, text(row.getCell(c))));
            Cell measureCell = row.getCell(columns.get(Col.MEASURE));
            boolean continuation = cells.get(Col.MEASURE).isBlank();
            if (!continuation) {
                measure = measure(measureCell, names);
            }
            rows.add(new Source(department, measure, continuation, cells));
        }
    }

    private static Col column(String heading) {
        String h = key(heading).toLowerCase();
        if (h.contains("ขั้นตอน") || h.contains("วิธีการปฏิบัติ")) {
            return Col.STEPS;
        } else if (h.contains("ระยะเวลา")) {
            return Col.PERIOD;
        } else if (h.contains("ผู้รับผิดชอบ")) {
            return Col.RESPONSIBLE;
        } else if (h.contains("ผลลัพธ์") || h.contains("ผลสัมฤทธิ์") || h.contains("outcome")) {
            return Col.OUTCOME;
        } else if (h.contains("ผลการดำเนินการ") || h.contains("output")) {
            return Col.OUTPUT;
        } else if (h.contains("มาตรการ") || h.contains("โครงการ/กิจกรรม")) {
            return Col.MEASURE;
        }
        return null;
    }

    private static int measure(Cell cell, List<String> names) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return (int) cell.getNumericCellValue();
        }
        String k = keyWithNumber(text(cell));
        Matcher number = Pattern.compile("^(?:มาตรการที่)?(\\d+)\\.?").matcher(k);
        if (number.find()) {
            return Integer.parseInt(number.group(1));
        }
        assertThat(names).as("measure name " + k).contains(k);
        return names.indexOf(k) + 1;
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : wb.getSheetAt(0)) {
                texts.addAll(cells(row).stream().filter(t -> !t.isBlank()).toList());
            }
        }
        return texts;
    }
}
