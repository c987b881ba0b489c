package th.ita.report.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.report.text.Numerals;

/**
 * Inputs made with POI when the shared generator cannot run ({@link BenchmarkSets}), seeded so every
 * run makes the same workbooks, and the benchmark's shared job definition:
 * <ul>
 * <li>{@link #departmentWorkbooks} and {@link #manyOffices}: department workbooks with rows built from
 * the seed report's text ({@code samples.SeedText});</li>
 * <li>{@link #largeWorkbook}: one department workbook of 50,000 rows, made by
 * {@code intake.LargeWorkbookCheck}'s own generator.</li>
 * </ul>
 * {@code SeedText} and {@code LargeWorkbookCheck.generate} are package-private in their test
 * packages, so they are reached by reflection rather than copied.
 */
final class BenchmarkInputs {

    static final String[] HEADINGS = {"มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ",
        "ผลการดำเนินการ (output)", "ผลลัพธ์ (outcome)", "หมายเหตุ"};
    private static final Pattern STEP = Pattern.compile("STEP_(\\d)_(\\d)");
    private static final Pattern OUTPUT = Pattern.compile("OUTPUT_(\\d)_(\\d)");
    private static final Pattern OUTCOME = Pattern.compile("OUTCOME_(\\d)");
    private static final Pattern MEASURE = Pattern.compile("MEASURE_(\\d)");

    private BenchmarkInputs() {
    }

    /** The seed report's cells by measure number (1..7): measure, steps, outputs, outcome. */
    record Seed(Map<Integer, String> measures, Map<Integer, List<String>> steps, Map<Integer, List<String>> outputs,
            Map<Integer, String> outcomes, List<String> periods, String responsibleAll) {

        static Seed load() {
            try {
                Class<?> seed = Class.forName("th.ita.report.samples.SeedText");
                Map<Integer, String> measures = new TreeMap<>();
                Map<Integer, List<String>> steps = new TreeMap<>();
                Map<Integer, List<String>> outputs = new TreeMap<>();
                Map<Integer, String> outcomes = new TreeMap<>();
                List<String> periods = new ArrayList<>();
                String all = null;
                // Fields in name order, so items keep their numbering whatever order reflection gives.
                Map<String, String> fields = new TreeMap<>();
                for (Field f : seed.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                        f.setAccessible(true);
                        fields.put(f.getName(), (String) f.get(null));
                    }
                }
                for (Map.Entry<String, String> e : fields.entrySet()) {
                    String name = e.getKey();
                    Matcher m;
                    if ((m = STEP.matcher(name)).matches()) {
                        steps.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(e.getValue());
                    } else if ((m = OUTPUT.matcher(name)).matches()) {
                        outputs.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(e.getValue());
                    } else if ((m = OUTCOME.matcher(name)).matches()) {
                        outcomes.put(Integer.parseInt(m.group(1)), e.getValue());
                    } else if ((m = MEASURE.matcher(name)).matches()) {
                        measures.put(Integer.parseInt(m.group(1)), e.getValue());
                    } else if (name.startsWith("PERIOD")) {
                        periods.add(e.getValue());
                    } else if (name.equals("RESPONSIBLE_ALL")) {
                        all = e.getValue();
                    }
                }
                if (measures.size() != 7 || steps.size() != 7 || outputs.size() != 7 || outcomes.size() != 7) {
                    throw new IllegalStateException("SeedText no longer has the seven measures' cells");
                }
                return new Seed(measures, steps, outputs, outcomes, periods, all);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read th.ita.report.samples.SeedText", e);
            }
        }
    }

    /** One workbook per named department, {@code rowsEach} rows each, into the folder (emptied first). */
    static List<Path> departmentWorkbooks(Path folder, String[] departments, int rowsEach, long seedValue)
            throws IOException {
        Seed seed = Seed.load();
        clear(folder);
        Random random = new Random(seedValue);
        List<Path> written = new ArrayList<>();
        for (int n = 1; n <= departments.length; n++) {
            String department = departments[n - 1];
            Path file = folder.resolve(String.format("%02d-%s.xlsx", n, department));
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = wb.createSheet("รายงาน ITA ๒๕๖๘");
                Row label = sheet.createRow(0);
                label.createCell(0).setCellValue("ส่วนราชการ");
                label.createCell(1).setCellValue(department);
                Row year = sheet.createRow(1);
                year.createCell(0).setCellValue("ปีงบประมาณ");
                year.createCell(1).setCellValue("๒๕๖๘");
                Row header = sheet.createRow(3);
                for (int c = 0; c < HEADINGS.length; c++) {
                    header.createCell(c).setCellValue(HEADINGS[c]);
                }
                for (int r = 0; r < rowsEach; r++) {
                    int measure = 1 + (r + n) % 7;
                    List<String> steps = seed.steps().get(measure);
                    List<String> outputs = seed.outputs().get(measure);
                    Row row = sheet.createRow(4 + r);
                    row.createCell(0).setCellValue(seed.measures().get(measure));
                    row.createCell(1).setCellValue(steps.get(random.nextInt(steps.size())));
                    row.createCell(2).setCellValue(seed.periods().get(random.nextInt(seed.periods().size())));
                    row.createCell(3).setCellValue(random.nextInt(4) == 0 ? seed.responsibleAll() : department);
                    // The department's own figure, so outputs are not all duplicates of the seed's.
                    row.createCell(4).setCellValue(outputs.get(random.nextInt(outputs.size())) + " จำนวน "
                            + Numerals.thai().format(1 + random.nextInt(24)) + " ครั้ง");
                    row.createCell(5).setCellValue(seed.outcomes().get(measure));
                    if (random.nextInt(5) == 0) {
                        row.createCell(6).setCellValue("ดำเนินการโดย" + department);
                    }
                }
                wb.write(out);
            }
            written.add(file);
        }
        return written;
    }

    /** The six departments of a generated office: the shipped four and two more that larger offices have. */
    static final String[] OFFICE_DEPARTMENTS = {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม",
            "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม"};

    /**
     * {@code offices} office folders ({@code folder/อบต.ตัวอย่าง NNN/}), each with {@code departments}
     * department workbooks of {@code rowsEach} rows, made by {@link #departmentWorkbooks}
     * (seeded per office). Returns the number of workbooks written.
     */
    static int manyOffices(Path folder, int offices, int departments, int rowsEach, long seedValue) throws IOException {
        clear(folder);
        int written = 0;
        for (int o = 1; o <= offices; o++) {
            Path office = folder.resolve(String.format("อบต.ตัวอย่าง %03d", o));
            written += departmentWorkbooks(office, java.util.Arrays.copyOf(OFFICE_DEPARTMENTS, departments), rowsEach,
                    seedValue * 1_000 + o).size();
        }
        return written;
    }

    /**
     * The shipped job definition with the six departments of {@link #OFFICE_DEPARTMENTS}, written
     * to {@code file}: the shared definition of the generated offices.
     */
    static Path officesDefinition(Path shipped, Path file) throws IOException {
        String yaml = Files.readString(shipped);
        int start = yaml.indexOf("\ndepartments:\n");
        int end = yaml.indexOf("\n\n", start + 1);
        StringBuilder departments = new StringBuilder("\ndepartments:\n");
        for (String d : OFFICE_DEPARTMENTS) {
            departments.append("  - name: ").append(d).append('\n');
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml.substring(0, start) + departments.toString().stripTrailing() + yaml.substring(end));
    }

    /** One workbook of {@code rows} rows in all, by {@code LargeWorkbookCheck.generate} (deterministic). */
    static Path largeWorkbook(Path folder, int rows) throws IOException {
        clear(folder);
        Path file = folder.resolve("กองคลัง.xlsx");
        try {
            Class<?> check = Class.forName("th.ita.report.intake.LargeWorkbookCheck");
            Method generate = check.getDeclaredMethod("generate", Path.class, int.class);
            generate.setAccessible(true);
            generate.invoke(null, file, rows);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IOException("LargeWorkbookCheck.generate failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call th.ita.report.intake.LargeWorkbookCheck.generate", e);
        }
        return file;
    }

    static void clear(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
    }
}
