package th.ita.report.intake;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks saved as .ods by LibreOffice itself ({@code soffice --headless --convert-to ods}): the
 * sample input's four workbooks and two made by the tests, converted once per test run, in one
 * call, into a folder that holds each source beside its .ods. A test using them is skipped, with
 * the reason, where LibreOffice Calc is not installed.
 */
public final class LibreOfficeConversions {

    private static final long TIMEOUT_SECONDS = 300;
    private static Path converted;
    private static String unavailable;

    private LibreOfficeConversions() {
    }

    /** The folder of sources and their .ods; skips the calling test when LibreOffice cannot make them. */
    public static synchronized Path folder() {
        if (converted == null && unavailable == null) {
            try {
                convert();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assumeTrue(unavailable == null, unavailable);
        return converted;
    }

    /** The sample input's workbooks as LibreOffice saved them, one .ods each, in a folder of their own. */
    public static Path sampleInput(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.toList()) {
                String ods = WorkbookReader.baseName(sample) + ".ods";
                Files.copy(folder().resolve(ods), into.resolve(ods));
            }
        }
        return into;
    }

    /** The .ods LibreOffice made of a source in {@link #folder()}. */
    static Path odsOf(Path source) {
        return source.resolveSibling(WorkbookReader.baseName(source) + ".ods");
    }

    private static void convert() throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice", "libreoffice");
        if (soffice.isEmpty()) {
            unavailable = "LibreOffice (soffice) is not installed: .ods files saved by LibreOffice not tested";
            return;
        }
        Path dir = Files.createTempDirectory("libreoffice-ods");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.sorted().toList()) {
                sources.add(Files.copy(sample, dir.resolve(sample.getFileName())));
            }
        }
        sources.add(TestWorkbooks.twoRowHeader(dir.resolve("two-row-header.xlsx")));
        sources.add(features(dir.resolve("features.xlsx")));
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "ods",
                "--outdir", dir.toString()));
        sources.forEach(source -> command.add(source.toString()));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not convert within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        if (sources.stream().noneMatch(source -> Files.isRegularFile(odsOf(source)))
                && Files.readString(log).contains("no export filter")) {
            unavailable = "LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui): .ods files saved by LibreOffice not tested";
            return;
        }
        for (Path source : sources) {
            if (!Files.isRegularFile(odsOf(source))) {
                throw new IllegalStateException("LibreOffice did not convert " + source + ": " + Files.readString(log));
            }
        }
        converted = dir;
    }

    /**
     * What a department's sheet may hold beyond text, in an .xlsx for LibreOffice to convert: a
     * measure cell merged over three rows, a cell of two lines, a date, formulas with their cached
     * results and errors, equal neighbouring cells, a hidden sheet, a footer and a stray cell.
     */
    static Path features(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("ปีที่แล้ว").createRow(0).createCell(0).setCellValue("มาตรการ");
        Sheet sheet = TestWorkbooks.grid(wb, "รายงาน",
                new String[] {"ส่วนราชการ", "กองคลัง"},
                new String[] {"ปีงบประมาณ พ.ศ. ๒๕๖๘"},
                TestWorkbooks.HEADER,
                new String[] {"๑", "๑. จัดประชุม\n๒. ติดตามผล", null, "กองคลัง", "กองคลัง", "ผลลัพธ์"},
                new String[] {null, "๓. รายงานผล  ต่อผู้บริหาร", "ต.ค. ๖๗ - ก.ย. ๖๘", "กองคลัง", null, null},
                new String[] {null, null, null, null, null, null},
                new String[] {"2", "ขั้นตอน", null, null, null, null, null, null, "นอกตาราง"},
                null,
                new String[] {null, null, null, null, "ลงชื่อ ............ ผู้รายงาน"});
        sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
        // Hidden as Excel saves it: never the sheet that is open (LibreOffice shows an open hidden sheet).
        wb.setActiveSheet(1);
        wb.setSheetHidden(0, true);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
        var period = sheet.getRow(3).createCell(2);
        period.setCellValue(java.time.LocalDate.of(2025, 3, 15));
        period.setCellStyle(date);
        var output = sheet.getRow(5).createCell(4);
        output.setCellFormula("\"ผล\"&\"งาน\"");
        output.setCellValue("ผลงาน");
        var number = sheet.getRow(5).createCell(5);
        number.setCellFormula("2*3");
        number.setCellValue(6);
        var broken = sheet.getRow(6).createCell(4);
        broken.setCellFormula("#REF!+1");
        broken.setCellErrorValue(FormulaError.REF.getCode());
        var divided = sheet.getRow(6).createCell(5);
        divided.setCellFormula("1/0");
        divided.setCellErrorValue(FormulaError.DIV0.getCode());
        return TestWorkbooks.save(wb, file);
    }

    private static Optional<Path> onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
