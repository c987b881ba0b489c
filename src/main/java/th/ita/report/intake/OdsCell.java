package th.ita.report.intake;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;

/**
 * The value of one OpenDocument cell ({@code table:table-cell} or {@code table:covered-table-cell}),
 * read as the .xlsx readers read the same cell ({@link CellReader}): by its {@code office:value-type},
 * from the typed value rather than the text shown. A number is its {@code office:value} (a
 * percentage 0.5, not "50%"), a date its {@code office:date-value}, a time its fraction of a day as
 * a date-formatted number (as an .xlsx time cell reads), a formula its cached result, never
 * evaluated. A formula error is the error it shows: Excel's literals ({@code #REF!}) or
 * LibreOffice's own ({@code Err:502}), as the department sees it.
 */
final class OdsCell {

    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /** What a formula error shows: Excel's literals and LibreOffice's numbered errors. */
    private static final Pattern ERROR = Pattern.compile("#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A)|Err:\\d{3}");
    /** An xsd:duration as OpenDocument stores a time, e.g. PT10H30M00S. */
    private static final Pattern DURATION = Pattern.compile(
            "(-)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    private static final double SECONDS_PER_DAY = 86_400;

    private final long repeat;
    private final String type;
    private final boolean error;
    private final boolean formula;
    /** The typed values: office:value, office:date-value, office:time-value, office:boolean-value, office:string-value. */
    private final String number;
    private final String date;
    private final String time;
    private final String bool;
    private final String string;

    OdsCell(Attributes attributes, long repeat) {
        this.repeat = repeat;
        this.type = attributes.getValue(OdsContent.OFFICE, "value-type");
        this.error = "error".equals(attributes.getValue(CALCEXT, "value-type"));
        this.formula = attributes.getValue(OdsContent.TABLE, "formula") != null;
        this.number = attributes.getValue(OdsContent.OFFICE, "value");
        this.date = attributes.getValue(OdsContent.OFFICE, "date-value");
        this.time = attributes.getValue(OdsContent.OFFICE, "time-value");
        this.bool = attributes.getValue(OdsContent.OFFICE, "boolean-value");
        this.string = attributes.getValue(OdsContent.OFFICE, "string-value");
    }

    long repeat() {
        return repeat;
    }

    /**
     * The cell's value, its reference left empty (each cell of a repeat gets its own), or null for
     * a cell that holds nothing.
     *
     * @param text the cell's paragraphs, joined by line breaks
     * @throws WorkbookRejectedException for a formula never calculated: there is no result to read
     */
    CellValue value(String text, String sheet, long row, long column) {
        if (error || formula && "string".equals(type) && (string == null || string.isEmpty()) && ERROR.matcher(text).matches()) {
            return new CellValue("", "", null, text.isEmpty() ? "#ERROR" : text);
        }
        if (type == null) {
            if (formula) {
                throw new WorkbookRejectedException("file.odsFormulaNotCalculated", sheet,
                        row < OdsSheet.MAX_ROWS && column < OdsSheet.MAX_COLUMNS ? CellReader.ref((int) row, (int) column) : "");
            }
            return text.isEmpty() ? null : CellReader.text("", text);
        }
        return switch (type) {
            case "float", "percentage", "currency" -> CellReader.number("", toNumber(number), false);
            case "date" -> new CellValue("", "", toDate(date), null);
            case "time" -> CellReader.number("", toDayFraction(time), true);
            case "boolean" -> CellReader.text("", String.valueOf(toBoolean(bool)));
            // "string", and any type this reader does not know: the text the cell shows
            default -> CellReader.text("", string != null ? string : text);
        };
    }

    private static double toNumber(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException("office:value=\"" + value + "\" is not a number");
        }
    }

    /** The day of a date or date-time value ("2025-03-15", "2025-03-15T10:30:00"). */
    private static LocalDate toDate(String value) {
        try {
            int time = value.indexOf('T');
            return LocalDate.parse(time < 0 ? value.strip() : value.substring(0, time));
        } catch (RuntimeException e) {
            throw new IllegalStateException("office:date-value=\"" + value + "\" is not a date");
        }
    }

    /** A duration as a fraction of a day, as a spreadsheet stores a time. */
    private static double toDayFraction(String value) {
        Matcher m = value == null ? null : DURATION.matcher(value.strip());
        if (m == null || !m.matches() || nonZero(m.group(2)) || nonZero(m.group(3))) {
            throw new IllegalStateException("office:time-value=\"" + value + "\" is not a time");
        }
        double seconds = part(m.group(4)) * SECONDS_PER_DAY + part(m.group(5)) * 3600 + part(m.group(6)) * 60 + part(m.group(7));
        return (m.group(1) != null ? -seconds : seconds) / SECONDS_PER_DAY;
    }

    private static boolean nonZero(String years) {
        return years != null && Long.parseLong(years) != 0;
    }

    private static double part(String number) {
        return number == null ? 0 : Double.parseDouble(number);
    }

    private static boolean toBoolean(String value) {
        if ("true".equals(value) || "1".equals(value)) {
            return true;
        }
        if ("false".equals(value) || "0".equals(value)) {
            return false;
        }
        throw new IllegalStateException("office:boolean-value=\"" + value + "\"");
    }

}
