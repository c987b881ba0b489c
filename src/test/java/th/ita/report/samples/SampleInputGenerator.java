package th.ita.report.samples;

import static th.ita.report.samples.SeedText.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Writes the sample input: the four department workbooks of อบต.นาทอน for fiscal year ๒๕๖๘ that,
 * compiled by the product, give back the seed report's seven-row table.
 *
 * <p>Regenerate {@code input/} from the project folder with:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt) th.ita.report.samples.SampleInputGenerator input
 * </pre>
 *
 * <p>The seed's cells are split among the departments (order: สำนักปลัด, กองคลัง, กองช่าง,
 * กองการศึกษา ศาสนาและวัฒนธรรม) so that the merge rules of {@code department-workbook.md} rebuild
 * them: items in department order, duplicates kept once, several items renumbered, a single item
 * kept in the first department's form, periods spanned, {@code ทุกส่วนราชการ} where a row says so or
 * all four departments contributed. สำนักปลัด writes the seed's text verbatim (PDF spaces and
 * slips included, see {@link SeedText}); the other departments retype some of the same items
 * (their own numbers or none, Arabic digits, without the PDF's spaces) and add the items the seed
 * has after สำนักปลัด's. The items only another department gives keep the seed's wording and spacing
 * (digits and numbers aside), so the compiled table reads like the seed. Who gives what:
 * <pre>
 * measure  steps                       outputs                 outcome        period / responsible
 * ๑        ปลัด ๑,๒ · คลัง =๑ · ช่าง =๒    ปลัด ๑ · คลัง =๑ · ศึกษา =๑   ปลัด · ศึกษา =     ก.พ.-มี.ค. all four → ทุกส่วนราชการ
 *          · ศึกษา ๓ (row 2, merged measure cell)
 * ๒        ปลัด ๑,๒ · คลัง =๒             ปลัด ๑,๒ · คลัง ๓          ปลัด · คลัง =      ปลัด's row says ทุกส่วนราชการ
 * ๓        ปลัด (unnumbered) · ช่าง =      ปลัด ๑. · ศึกษา =          ปลัด             ช่าง's row says ทุกส่วนราชการ
 * ๔        ปลัด ๑,๒ · คลัง ๓ · ช่าง =๒     ปลัด ๑ · คลัง ๒ · ศึกษา =๑   ปลัด · ช่าง = · ศึกษา =  all four (and ปลัด's row says so)
 * ๕        ปลัด ๑,๒,๓ · คลัง =๑           ปลัด ๑ · คลัง ๒            ปลัด · คลัง =      คลัง's row says ทุกส่วนราชการ
 * ๖        ปลัด ๑,๒                     ปลัด ๑,๒                  ปลัด             สำนักปลัด only
 * ๗        ปลัด ๑,๒ (cut),๓ · ช่าง =๑ · ศึกษา =๒  ปลัด ๑. · คลัง =      ปลัด (cut) · ศึกษา =  all four (and ปลัด's row says so)
 * </pre>
 * ({@code =n} marks a duplicate of item n, dropped by the merge.)
 *
 * <p>Deterministic: fixed document dates, and the zip entries of the Office Open XML files are
 * rewritten with a fixed time, so each run writes the same bytes.
 */
public final class SampleInputGenerator {

    /** File names, in the job definition's department order. */
    public static final String PALAD = "สำนักปลัด.xlsx";
    public static final String KHLANG = "กองคลัง.xlsx";
    public static final String CHANG = "กองช่าง.xls";
    public static final String SUKSA = "กองการศึกษา ศาสนาและวัฒนธรรม.xlsm";
    public static final List<String> FILES = List.of(PALAD, KHLANG, CHANG, SUKSA);

    /** When the departments "saved" their workbooks: fixed, so the bytes never change. */
    static final LocalDateTime SAVED = LocalDateTime.of(2025, 5, 15, 10, 30);

    private static final String SARABUN = "TH Sarabun New";
    private static final Pattern MARKER = Pattern.compile("^[0-9\u0E50-\u0E59]{1,2}\\.\\s*");
    /** A space the PDF put between two Thai letters (a line wrap inside a cell). */
    private static final Pattern THAI_GAP = Pattern.compile("(?<=[\u0E01-\u0E4F]) (?=[\u0E01-\u0E4F])");

    private SampleInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input");
        for (Path written : write(folder)) {
            System.out.println(written);
        }
    }

    /** Writes the four workbooks into the folder (created if missing) and returns their paths. */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(save(folder.resolve(PALAD), palad()));
        written.add(save(folder.resolve(KHLANG), khlang()));
        written.add(save(folder.resolve(CHANG), chang()));
        written.add(save(folder.resolve(SUKSA), suksa()));
        return written;
    }

    // ---------------------------------------------------------------- สำนักปลัด (.xlsx)

    /**
     * The office that writes the report: two merged title rows, label cells in pairs, the seed's
     * headings with line breaks, Thai digits, measure cells as number + name broken over lines,
     * a หมายเหตุ column, measure ๗ over two rows as cut by the seed's page break, and a hidden
     * sheet left over from last year.
     */
    static Workbook palad() {
        XSSFWorkbook wb = new XSSFWorkbook();
        properties(wb, "นิตยา สันหลี่", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
        Table t = new Table(wb, "รายงาน ITA ๖๘", SARABUN, 16, 22, 40, 16, 14, 32, 26, 14);
        t.title(0, "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
        t.title(1, "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน องค์การบริหารส่วนตำบลนาทอน");
        t.labels(3, "ส่วนราชการ", "สำนักปลัด");
        t.labels(4, "ปีงบประมาณ", "๒๕๖๘");
        String[] headings = {
            "มาตรการ/\nโครงการ/กิจกรรม\nที่ดำเนินการเพื่อ\nส่งเสริมคุณธรรม\nและความโปร่งใส\nภายในหน่วยงาน",
            "ขั้นตอน/วิธีการปฏิบัติ",
            "ช่วงระยะเวลาในการ\nดำเนินการ",
            "ผู้รับผิดชอบ",
            "ผลการดำเนินการ\n(output)",
            "ผลลัพธ์หรือ\nผลสัมฤทธิ์ใน\nการดำเนินการ\n(outcome/\nresult)",
            "หมายเหตุ"};
        t.header(6, headings);
        t.data(7, lines(MEASURE_1), items(STEP_1_1, STEP_1_2), PERIOD_1, "สำนักปลัด",
                OUTPUT_1_1, OUTCOME_1, "");
        t.data(8, lines(MEASURE_2), items(STEP_2_1, STEP_2_2), PERIOD, RESPONSIBLE_ALL,
                items(OUTPUT_2_1, OUTPUT_2_2), OUTCOME_2, "เผยแพร่ทางเว็บไซต์ อบต.");
        t.data(9, lines(MEASURE_3), STEP_3_1, PERIOD, "สำนักปลัด", OUTPUT_3_1, OUTCOME_3, "");
        // Measures ๔ and ๕: the items run together on one line, as in the seed.
        t.data(10, lines(MEASURE_4), STEP_4_1 + " " + STEP_4_2, "ก.พ. - มิ.ย. พ.ศ. ๒๕๖๘", RESPONSIBLE_ALL,
                OUTPUT_4_1, OUTCOME_4, "");
        t.data(11, lines(MEASURE_5), STEP_5_1 + " " + STEP_5_2 + " " + STEP_5_3, PERIOD, "สำนักปลัด",
                OUTPUT_5_1, OUTCOME_5, "ดำเนินการแล้ว");
        t.data(12, lines(MEASURE_6), items(STEP_6_1, STEP_6_2), PERIOD, RESPONSIBLE_6,
                items(OUTPUT_6_1, OUTPUT_6_2), OUTCOME_6, "");
        t.data(13, lines(MEASURE_7), items(STEP_7_1, STEP_7_2), PERIOD, RESPONSIBLE_ALL,
                OUTPUT_7_1, OUTCOME_7, "อยู่ระหว่างดำเนินการ");
        // The seed's page break: measure cell empty, the cut sentence first, then item ๓.
        t.data(14, "", items(STEP_7_2_TAIL, STEP_7_3), "", "", "", OUTCOME_7_TAIL, "");
        t.sheet.createFreezePane(0, 7);
        t.sheet.setRepeatingRows(CellRangeAddress.valueOf("7:7"));

        // Last year's sheet, hidden and forgotten: the job must not read it.
        Table old = new Table(wb, "ปี ๒๕๖๗", SARABUN, 16, 22, 40, 16, 14, 32, 26, 14);
        old.header(0, headings);
        old.data(1, "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
                "๑. จัดทำคู่มือการปฏิบัติงาน (ฉบับปีงบประมาณ ๒๕๖๗)", "ต.ค. ๖๖ - ก.ย. ๖๗", "ทุกส่วนราชการ",
                "๑. ประกาศคู่มือการปฏิบัติงานบนเว็บไซต์ (ปี ๒๕๖๗)", "", "ข้อมูลปีที่แล้ว");
        wb.setSheetHidden(1, true);
        wb.setActiveSheet(0);
        return wb;
    }

    // ---------------------------------------------------------------- กองคลัง (.xlsx)

    /**
     * One-cell labels, a two-row header (ผลการดำเนินงาน over output and outcome, the rest merged
     * down), a งบประมาณ column in between, Arabic digits, measure cells by number only.
     */
    static Workbook khlang() {
        XSSFWorkbook wb = new XSSFWorkbook();
        properties(wb, "กองคลัง", "ผลการดำเนินงานตามมาตรการ ITA กองคลัง");
        Table t = new Table(wb, "กองคลัง", "TH SarabunPSK", 16, 10, 42, 15, 14, 12, 34, 28);
        t.text(0, 0, t.label, "ส่วนราชการ: กองคลัง");
        t.text(1, 0, t.label, "ปีงบประมาณ พ.ศ. 2568");
        t.header(3, "มาตรการที่", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา\nดำเนินการ", "ผู้รับผิดชอบ",
                "งบประมาณ\n(บาท)", "ผลการดำเนินงาน", null);
        t.header(4, null, null, null, null, null, "ผลการดำเนินการ (output)", "ผลลัพธ์ (outcome)");
        for (int c = 0; c < 5; c++) {
            t.sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
        }
        t.sheet.addMergedRegion(new CellRangeAddress(3, 3, 5, 6));

        t.data(5, 1, arabic(typed(numbered(STEP_1_1, "1. "))), "ก.พ.-มี.ค. 2568", "กองคลัง", "-",
                arabic(typed(numbered(OUTPUT_1_1, "1. "))), "");
        t.data(6, "2.", arabic(typed(numbered(STEP_2_2, "1. "))), "ก.พ.-มิ.ย. 2568", "กองคลัง", 0,
                arabic(numbered(OUTPUT_2_3, "1. ")), arabic(typed(OUTCOME_2)));
        t.data(7, "4", arabic(numbered(STEP_4_3, "3. ")), "เม.ย.-ก.ย. 2568", "กองคลัง", 5000,
                arabic(numbered(OUTPUT_4_2, "")), "");
        t.data(8, "5.", arabic(typed(numbered(STEP_5_1, "1."))), "ก.พ.-ก.ย. 2568", "ทุกส่วนราชการ",
                "ตามข้อบัญญัติ", arabic(numbered(OUTPUT_5_2, "1. ")), arabic(typed(OUTCOME_5)));
        t.data(9, "7", "", "ก.พ.-ก.ย. 2568", "กองคลัง", 10000,
                arabic(typed(numbered(OUTPUT_7_1, "1. "))), "");
        t.sheet.createFreezePane(0, 5);
        return wb;
    }

    // ---------------------------------------------------------------- กองช่าง (.xls)

    /**
     * Excel 97-2003, no labels (the file name names the department, the job's year applies),
     * columns in another order, measures by name only, blank rows between rows and the header
     * pasted again in the middle.
     */
    static Workbook chang() {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createInformationProperties();
        // UTF-16 property strings, so the Thai author and title survive
        wb.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
        wb.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
        wb.getSummaryInformation().setAuthor("กองช่าง");
        wb.getSummaryInformation().setTitle("มาตรการ ITA กองช่าง");
        wb.getSummaryInformation().setCreateDateTime(date(SAVED.minusDays(3)));
        wb.getSummaryInformation().setLastSaveDateTime(date(SAVED));
        wb.getSummaryInformation().setApplicationName("Microsoft Excel");
        Table t = new Table(wb, "Sheet1", "Angsana New", 14, 30, 14, 40, 28, 28, 18);
        String[] headings = {"โครงการ/กิจกรรม", "ผู้รับผิดชอบ", "วิธีการปฏิบัติ", "ผลการดำเนินการ (output)",
            "ผลลัพธ์ (outcome)", "ระยะเวลา"};
        t.header(0, headings);
        t.data(1, name(MEASURE_1), "กองช่าง", typed(numbered(STEP_1_2, "")), "", "", "กุมภาพันธ์ - มีนาคม ๒๕๖๘");
        t.blank(2);
        // Pasted from a PDF: double space, a no-break space and a trailing space inside the name.
        t.data(3, " ช่องทางและรูปแบบ  การประชาสัมพันธ์\u00a0เผยแพร่ข้อมูลข่าวสาร ภาครัฐ ", "ทุกส่วนราชการ",
                "๑. " + typed(STEP_3_1), "", "", "เม.ย. - ก.ย. ๖๘");
        t.blank(4);
        t.header(5, headings);
        t.data(6, name(MEASURE_4), "กองช่าง", typed(numbered(STEP_4_2, "๑. ")), "", typed(OUTCOME_4),
                "ก.พ. - ก.ย. ๒๕๖๘");
        t.blank(7);
        t.data(8, name(MEASURE_7), "กองช่าง", typed(numbered(STEP_7_1, "")), "", "", "เม.ย. - ก.ย. ๖๘");
        return wb;
    }

    // ---------------------------------------------------------------- กองการศึกษาฯ (.xlsm)

    /**
     * Macro-enabled workbook (no macros), one-cell department label, no year label, measure cells
     * {@code มาตรการที่ ๑}, and measure ๑ over two rows whose measure cells are merged.
     */
    static Workbook suksa() {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        properties(wb, "กองการศึกษา ศาสนาและวัฒนธรรม", "ITA 2568 กองการศึกษาฯ");
        Table t = new Table(wb, "ผลการดำเนินงาน", "TH SarabunIT๙", 16, 16, 40, 20, 18, 34, 34);
        t.text(0, 0, t.label, "ส่วนราชการ กองการศึกษา ศาสนาและวัฒนธรรม");
        t.header(2, "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ช่วงระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ",
                "ผลการดำเนินการ\n(output)", "ผลลัพธ์หรือผลสัมฤทธิ์\n(outcome)");
        t.data(3, "มาตรการที่ ๑", "", "ก.พ. – มี.ค. ๖๘", "กองการศึกษาฯ",
                typed(numbered(OUTPUT_1_1, "")), typed(OUTCOME_1));
        t.data(4, "", numbered(STEP_1_3, "๑. "), "", "", "", "");
        t.sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        t.data(5, "มาตรการที่ ๓", "", "กุมภาพันธ์ - กันยายน ๒๕๖๘", "กองการศึกษาฯ", typed(OUTPUT_3_1), "");
        t.data(6, "มาตรการที่ ๔", "", "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘", "กองการศึกษาฯ", typed(OUTPUT_4_1),
                typed(OUTCOME_4));
        // Measure ๗'s step ๒ and outcome typed whole, not cut by a page break.
        t.data(7, "มาตรการที่ ๗", typed(numbered(STEP_7_2, "๑. ") + " " + STEP_7_2_TAIL), "ก.พ. - มิ.ย. ๒๕๖๘",
                "กองการศึกษาฯ", "", typed(OUTCOME_7 + " " + OUTCOME_7_TAIL));
        return wb;
    }

    // ---------------------------------------------------------------- text variants

    /** Items one per line. */
    static String items(String... items) {
        return String.join("\n", items);
    }

    /** The item with its own number replaced: {@code "1. "}, {@code "๑."}, or {@code ""} for none. */
    static String numbered(String item, String number) {
        return number + MARKER.matcher(item).replaceFirst("");
    }

    /** As typed in Excel: the PDF's line-wrap spaces between Thai letters gone. */
    static String typed(String text) {
        return THAI_GAP.matcher(text).replaceAll("");
    }

    /** Every Thai digit as an Arabic one. */
    static String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + c - '\u0E50') : c);
        }
        return out.toString();
    }

    /** The seed's measure cell as pasted from Word: the number, then the name broken over lines. */
    static String lines(String measureCell) {
        int dot = measureCell.indexOf(". ");
        return measureCell.substring(0, dot + 2) + measureCell.substring(dot + 2).replace(' ', '\n');
    }

    /** The measure's name alone, typed without the PDF's spaces. */
    static String name(String measureCell) {
        return typed(numbered(measureCell, ""));
    }

    // ---------------------------------------------------------------- writing

    private static void properties(XSSFWorkbook wb, String creator, String title) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator(creator);
        core.setLastModifiedByUser(creator);
        core.setTitle(title);
        core.setCreated(Optional.of(date(SAVED.minusDays(3))));
        core.setModified(Optional.of(date(SAVED)));
        wb.getProperties().getExtendedProperties().setApplication("Microsoft Excel");
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.toInstant(ZoneOffset.ofHours(7)));
    }

    private static Path save(Path file, Workbook wb) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (wb) {
            wb.write(bytes);
        }
        byte[] content = wb instanceof XSSFWorkbook ? fixedZipTimes(bytes.toByteArray()) : bytes.toByteArray();
        Files.write(file, content);
        return file;
    }

    /** The same zip, entry for entry, with every entry's time set to {@link #SAVED}. */
    private static byte[] fixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(SAVED);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** One sheet's table and its cell styles. */
    private static final class Table {

        /** Points per text line of a 16 pt Thai font; rows are sized so wrapped text shows. */
        private static final float LINE_HEIGHT = 21f;

        final Sheet sheet;
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;
        private final int columns;

        Table(Workbook wb, String name, String fontName, int fontSize, int... widths) {
            sheet = wb.createSheet(name);
            columns = widths.length;
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            Font plain = font(wb, fontName, fontSize, false);
            Font bold = font(wb, fontName, fontSize, true);
            title = wb.createCellStyle();
            title.setFont(font(wb, fontName, fontSize + 2, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            label = wb.createCellStyle();
            label.setFont(bold);
            header = bordered(wb, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            body = bordered(wb, plain, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            centred = bordered(wb, plain, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
        }

        private static Font font(Workbook wb, String name, int size, boolean bold) {
            Font font = wb.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) size);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment h, VerticalAlignment v) {
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setAlignment(h);
            style.setVerticalAlignment(v);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        Row row(int r) {
            Row row = sheet.getRow(r);
            return row != null ? row : sheet.createRow(r);
        }

        /** A single-line cell above the table (title, label), its row tall enough for the font. */
        void text(int r, int c, CellStyle style, String value) {
            Row row = row(r);
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(value);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), LINE_HEIGHT + 6));
        }

        /** A title across the whole table. */
        void title(int r, String value) {
            text(r, 0, title, value);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }

        /** A label and its value in adjacent cells. */
        void labels(int r, String label, String value) {
            text(r, 0, this.label, label);
            text(r, 1, this.label, value);
        }

        /** Header cells; {@code null} leaves a bordered blank (the lower half of a merged heading). */
        void header(int r, String... headings) {
            fill(r, header, (Object[]) headings);
        }

        /** A table row: strings, numbers, or "" for an empty bordered cell. */
        void data(int r, Object... values) {
            fill(r, body, values);
        }

        /** A blank row inside the table, borders only. */
        void blank(int r) {
            fill(r, body, new Object[columns]);
        }

        private void fill(int r, CellStyle style, Object... values) {
            Row row = row(r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                Object value = values[c];
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(centred);
                    continue;
                }
                cell.setCellStyle(style);
                if (value instanceof String text && !text.isEmpty()) {
                    cell.setCellValue(text);
                    lines = Math.max(lines, linesNeeded(text, sheet.getColumnWidth(c) / 256));
                }
            }
            row.setHeightInPoints(lines * LINE_HEIGHT);
        }

        /** Rough wrapped line count: Thai marks above and below the line take no width. */
        private static int linesNeeded(String text, int widthChars) {
            int perLine = Math.max(4, widthChars * 9 / 10);
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                int width = 0;
                for (int i = 0; i < line.length(); i++) {
                    width += Character.getType(line.charAt(i)) == Character.NON_SPACING_MARK ? 0 : 1;
                }
                lines += Math.max(1, (width + perLine - 1) / perLine);
            }
            return lines;
        }
    }
}
