package th.ita.report.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Not a unit test: a check that a large department workbook is read in a small heap. It makes a
 * workbook of 50,000 rows (the most a sheet may have) of realistic Thai text, saved with shared
 * strings as Excel saves it, then reads it and prints the rows read, the wall time and the peak
 * heap. The workbook is made in a separate JVM, so the heap measured is the reader's alone.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt \
 *   &amp;&amp; java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *      th.ita.report.intake.LargeWorkbookCheck stream
 * </pre>
 *
 * Arguments: {@code stream} (the reader the job uses) or {@code usermodel} (POI's usermodel, for
 * comparison), then optionally the file (default {@code target/large-workbook.xlsx}, made when
 * missing) and the number of rows (default 50,000).
 */
public final class LargeWorkbookCheck {

    static final String[] MEASURES = {
        "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
        "๒. การให้บริการและระบบ E-Service",
        "๓. การเปิดเผยข้อมูลสาธารณะ",
        "๔. การเปิดโอกาสให้เกิดการมีส่วนร่วม",
        "๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
        "๖. การบริหารและพัฒนาทรัพยากรบุคคล",
        "๗. การส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"};
    static final String[] DEPARTMENTS = {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม", "ทุกส่วนราชการ"};
    static final String[] PERIODS = {"ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "ต.ค. ๖๗ - ก.ย. ๖๘", "ตลอดปีงบประมาณ",
        "ไตรมาสที่ ๒", "มี.ค. - มิ.ย. ๒๕๖๘"};
    static final String[] STEPS = {
        "ปรับปรุงคู่มือหรือมาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและระยะเวลาที่ใช้ในการปฏิบัติงาน",
        "กำชับให้เจ้าหน้าที่ผู้ปฏิบัติถือปฏิบัติตามคู่มือดังกล่าวโดยเคร่งครัด",
        "จัดทำประกาศเผยแพร่ข้อมูลการจัดซื้อจัดจ้างผ่านเว็บไซต์ของหน่วยงาน",
        "ประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากรทุกระดับ",
        "สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ"};
    static final String[] OUTPUTS = {
        "ส่วนราชการทบทวน ปรับปรุงคู่มือการปฏิบัติงานและมาตรฐานการให้บริการ",
        "เผยแพร่ข้อมูลบนเว็บไซต์ครบถ้วนตามกำหนด",
        "บุคลากรเข้าร่วมประชุมชี้แจง",
        "มีช่องทางรับเรื่องร้องเรียนออนไลน์"};

    private LargeWorkbookCheck() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "stream";
        Path file = Path.of(args.length > 1 ? args[1] : "target/large-workbook.xlsx");
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : IntakeLimits.DEFAULTS.maxRowsPerSheet();
        if (mode.equals("generate")) {
            generate(file, rows);
            return;
        }
        if (!Files.exists(file)) {
            generateInAnotherJvm(file, rows);
        }
        System.out.printf("file: %s (%,d bytes), reader: %s, max heap (-Xmx): %,d MB%n", file, Files.size(file), mode,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        WorkbookReader reader = new WorkbookReader(IntakeLimits.DEFAULTS);
        System.gc();
        long baseline = usedHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        String outcome;
        int read = -1;
        WorkbookContent content = null;
        try {
            content = mode.equals("usermodel") ? reader.readWithUsermodel(file) : reader.read(file);
            read = content.rows().size();
            outcome = "read " + content.department() + ", " + content.rows().size() + " rows";
        } catch (OutOfMemoryError e) {
            outcome = "FAILED: " + e;
        } catch (WorkbookRejectedException e) {
            outcome = "rejected: " + e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s%nrows read: %,d%nwall time: %,d ms%n", outcome, read, millis);
        System.out.printf("peak heap used (sampled every 2 ms): %,d MB (before reading: %,d MB)%n",
                sampledPeak.get() / (1024 * 1024), baseline / (1024 * 1024));
        System.out.printf("sum of heap pools' peaks: %,d MB%n", poolPeaks / (1024 * 1024));
        System.gc();
        System.out.printf("heap held after reading, by the rows read (after a full GC): %,d MB%n",
                (usedHeap() - baseline) / (1024 * 1024));
        System.out.println(content == null ? "" : "(" + content.rows().size() + " rows held)");
        if (read < 0) {
            System.exit(1);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Makes the workbook in a child JVM with a roomy heap, so this JVM measures the reading alone. */
    private static void generateInAnotherJvm(Path file, int rows) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), LargeWorkbookCheck.class.getName(),
                "generate", file.toString(), String.valueOf(rows)));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("could not make " + file);
        }
    }

    /**
     * A department workbook of {@code rows} rows in all: labels, a header, then data rows of
     * Thai text, with shared strings as Excel writes them. Most steps and outputs differ from row
     * to row (numbered, with the row's own detail), as in a workbook typed by hand.
     */
    static void generate(Path file, int rows) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("รายงาน ITA ๖๘");
            Row label = sheet.createRow(0);
            label.createCell(0).setCellValue("ส่วนราชการ");
            label.createCell(1).setCellValue("กองคลัง");
            Row year = sheet.createRow(1);
            year.createCell(0).setCellValue("ปีงบประมาณ");
            year.createCell(1).setCellValue("๒๕๖๘");
            Row header = sheet.createRow(3);
            String[] headings = {"มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ",
                "ผลการดำเนินการ (output)", "ผลลัพธ์ (outcome)", "หมายเหตุ"};
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
            }
            for (int r = 4; r < rows; r++) {
                Row row = sheet.createRow(r);
                int n = r - 3;
                row.createCell(0).setCellValue(MEASURES[n % MEASURES.length]);
                row.createCell(1).setCellValue("๑. " + STEPS[n % STEPS.length] + " ครั้งที่ " + n + "\n๒. "
                        + STEPS[(n + 2) % STEPS.length] + " (รายการที่ " + n + ")");
                row.createCell(2).setCellValue(PERIODS[n % PERIODS.length]);
                row.createCell(3).setCellValue(DEPARTMENTS[n % DEPARTMENTS.length]);
                row.createCell(4).setCellValue(OUTPUTS[n % OUTPUTS.length] + " จำนวน " + (n % 97 + 1) + " ครั้ง รายการที่ " + n);
                row.createCell(5).setCellValue("หน่วยงานมีความโปร่งใสในการปฏิบัติงาน ร้อยละ " + (80 + n % 20));
                if (n % 10 == 0) {
                    row.createCell(6).setCellValue("งบประมาณ " + (n % 50 + 1) * 1000 + " บาท");
                }
            }
            wb.write(out);
        }
        System.out.printf("made %s: %,d rows in %,d ms%n", file, rows, (System.nanoTime() - start) / 1_000_000);
    }
}
