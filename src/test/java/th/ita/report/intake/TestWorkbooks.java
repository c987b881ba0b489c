package th.ita.report.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Department workbooks made in the tests: a valid one to start from, and every kind of broken
 * or hostile file the input folder may hold.
 */
public final class TestWorkbooks {

    public static final String[] HEADER = {"มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "ช่วงระยะเวลาในการดำเนินการ",
        "ผู้รับผิดชอบ", "ผลการดำเนินการ (output)", "ผลลัพธ์ (outcome)"};

    private TestWorkbooks() {
    }

    /** A workbook with the department label, the header in row 3 and the given data rows. */
    public static Workbook simple(Workbook wb, String department, String[]... rows) {
        Sheet sheet = wb.createSheet("รายงาน");
        Row label = sheet.createRow(0);
        label.createCell(0).setCellValue("ส่วนราชการ");
        label.createCell(1).setCellValue(department);
        Row header = sheet.createRow(2);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(3 + r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        return wb;
    }

    public static Path save(Workbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    public static Path xlsx(Path file, String department, String[]... rows) throws IOException {
        return save(simple(new XSSFWorkbook(), department, rows), file);
    }

    public static Path xls(Path file, String department, String[]... rows) throws IOException {
        return save(simple(new HSSFWorkbook(), department, rows), file);
    }

    /** A valid workbook encrypted with a password, as Excel's "Encrypt with Password" does. */
    public static Path encrypted(Path file) throws Exception {
        Path plain = xlsx(file.resolveSibling("plain-" + file.getFileName()), "กองคลัง",
                new String[] {"1", "ขั้นตอน", "", "", "ผล", ""});
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** The first half of a valid workbook, as a copy interrupted half-way leaves it. */
    public static Path truncated(Path file) throws IOException {
        Path whole = xlsx(file.resolveSibling("whole-" + file.getFileName()), "กองช่าง",
                new String[] {"1", "ขั้นตอน", "", "", "ผล", ""});
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /**
     * A zip bomb: a workbook whose sheet is padded with megabytes of spaces that compress to
     * almost nothing, so inflating it would take far more than its size.
     */
    public static Path zipBomb(Path file) throws IOException {
        Path valid = xlsx(file.resolveSibling("valid-" + file.getFileName()), "กองคลัง",
                new String[] {"1", "ขั้นตอน", "", "", "ผล", ""});
        byte[] padding = new byte[40 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        rewrite(valid, file, "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>",
                "<sheetData>" + new String(padding, StandardCharsets.US_ASCII)));
        Files.delete(valid);
        return file;
    }

    /**
     * An XXE attack: the shared strings declare an external entity pointing at a local file and
     * use it as a cell's text. A safe reader refuses the DOCTYPE; the file's content must never
     * appear anywhere.
     */
    public static Path xxe(Path file, Path secret) throws IOException {
        Path valid = xlsx(file.resolveSibling("valid-" + file.getFileName()), "กองคลัง",
                new String[] {"1", "ขั้นตอน", "", "", "ผล", ""});
        rewrite(valid, file, "xl/sharedStrings.xml", xml -> xml
                .replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><sst")
                .replace("ขั้นตอน", "&xxe;"));
        Files.delete(valid);
        return file;
    }

    private static void rewrite(Path source, Path target, String entryName,
                                java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entryName)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
