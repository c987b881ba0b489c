package th.ita.report.intake;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import th.ita.report.text.Normalized;

/**
 * What departments write under their table that is not data: the signature block of a form
 * ("ลงชื่อ ............ ผู้รายงาน", "(ชื่อ)", "ตำแหน่ง ...", "วันที่ ...") or a footer of notes
 * ("หมายเหตุ: ...", "* ..."). Such a block opens with a line that is a form's own (a signature
 * line, a note label, a dotted line to fill in) and runs to the end of the sheet; a row that
 * holds data after it (several cells of text, an item number, a date) shows the lines were not a
 * footer after all, and they are read as rows like any other.
 */
final class TableFooter {

    // Words that open a line of a form under a table, never a row of the report.
    private static final List<String> OPENING_WORDS = keys("ลงชื่อ", "ลงนาม", "หมายเหตุ", "ที่มา", "*", "※");
    // Words that start the other lines of a signature block.
    private static final List<String> LINE_WORDS = keys("ตำแหน่ง", "วันที่", "ผู้รายงาน", "ผู้จัดทำ", "ผู้ตรวจสอบ",
            "ผู้รับรอง", "ผู้อนุมัติ", "ผู้บันทึก", "โทร");
    // A dotted line to sign or fill in: five dots or more, two ellipses, or an underscore line.
    private static final Pattern FILL_IN = Pattern.compile("\\.{5,}|…[.…]|\\.…|_{5,}");
    // A name under a signature: the whole line in parentheses.
    private static final Pattern PARENTHESISED = Pattern.compile("^\\(.*\\)$", Pattern.DOTALL);
    // An item number opening a cell ("๑.", "2)", "(๓)"): data, not a form's line.
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\(?[0-9\\u0E50-\\u0E59]{1,2}\\s*[.)]");

    private TableFooter() {
    }

    /** What a filled cell is, read as a line under a table. */
    private enum Line {
        /** A date, an error or an item number: a row of the table. */
        DATA,
        /** Text that is not a form's line. */
        PLAIN,
        /** A line of a form: a position, a date line, a name in parentheses. */
        FORM,
        /** A line that opens a footer: signature, note, or a dotted line to fill in. */
        OPENING
    }

    /**
     * True when the filled cells of a row (not none) open a footer: each is a line of a form, and
     * one at least is a signature or note line, or a dotted line.
     */
    static boolean opens(Collection<CellValue> filled) {
        boolean opening = false;
        for (CellValue cell : filled) {
            Line line = line(cell);
            if (line != Line.FORM && line != Line.OPENING) {
                return false;
            }
            opening |= line == Line.OPENING;
        }
        return opening;
    }

    /**
     * True when a row under an opened footer still belongs to it: it holds no data, i.e. no date
     * or error, no item number, and no more than one cell that is not a form's line (a position
     * such as "ผู้อำนวยการกองคลัง" under a name; a row of the table fills several cells).
     */
    static boolean continues(TableRow row) {
        int plain = 0;
        for (CellValue cell : row.cells().values()) {
            if (cell.isBlank()) {
                continue;
            }
            Line line = line(cell);
            if (line == Line.DATA) {
                return false;
            }
            plain += line == Line.PLAIN ? 1 : 0;
        }
        return plain <= 1;
    }

    private static Line line(CellValue cell) {
        if (cell.date() != null || cell.error() != null) {
            return Line.DATA;
        }
        String text = Normalized.text(cell.text());
        if (ITEM_NUMBER.matcher(text).find()) {
            return Line.DATA;
        }
        String key = Normalized.key(text);
        if (startsWithAny(key, OPENING_WORDS) || FILL_IN.matcher(text).find()) {
            return Line.OPENING;
        }
        if (startsWithAny(key, LINE_WORDS) || PARENTHESISED.matcher(text).matches()) {
            return Line.FORM;
        }
        return Line.PLAIN;
    }

    private static boolean startsWithAny(String key, List<String> words) {
        return words.stream().anyMatch(key::startsWith);
    }

    private static List<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(Normalized::key).toList();
    }
}
