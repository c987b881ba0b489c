package th.ita.report.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import th.ita.report.text.Numerals;

/**
 * Dates and periods as the report writes them. Month names come from the JDK's CLDR data for
 * Thai, so there is no month table of our own to get wrong.
 */
public final class ThaiDates {

    static final Locale THAI = Locale.forLanguageTag("th-TH");

    private static final String BUDDHIST_ERA = "พ.ศ.";

    // Buddhist chronology so that "yyyy" is the BE year; the digit style is applied per call.
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);

    private ThaiDates() {
    }

    /** "๒๐ พฤษภาคม ๒๕๖๘" (day, full month, BE year) in the given digit style. */
    /** Thai offices keep Bangkok time whatever the server's own zone is. */
    public static final java.time.ZoneId BANGKOK = java.time.ZoneId.of("Asia/Bangkok");

    public static String longDate(LocalDate date, Numerals numerals) {
        return LONG_DATE.withDecimalStyle(numerals.decimalStyle()).format(date);
    }

    /** A period as the report writes it: "ก.พ. - ก.ย. พ.ศ. ๒๕๖๘" when both ends are in one BE year;
     *  "ต.ค. พ.ศ. ๒๕๖๗ - ก.ย. พ.ศ. ๒๕๖๘" across years; "เม.ย. พ.ศ. ๒๕๖๘" for a single month. */
    /** A moment as the officer reads it, in its own zone: "๒ ธันวาคม ๒๕๖๙ ๐๒:๐๐". */
    public static String moment(java.time.ZonedDateTime at, Numerals numerals) {
        return longDate(at.toLocalDate(), numerals) + " " + numerals.apply(at.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    public static String period(Period period, Numerals numerals) {
        YearMonth start = period.start();
        YearMonth end = period.end();
        String endText = monthAbbreviation(end.getMonth()) + " " + BUDDHIST_ERA + " "
                + numerals.format(buddhistYear(end));
        if (start.equals(end)) {
            return endText;
        }
        int startYear = buddhistYear(start);
        if (startYear == buddhistYear(end)) {
            return monthAbbreviation(start.getMonth()) + " - " + endText;
        }
        return monthAbbreviation(start.getMonth()) + " " + BUDDHIST_ERA + " " + numerals.format(startYear)
                + " - " + endText;
    }

    /** BE year of a CE year-month, e.g. 2025-05 -> 2568. */
    public static int buddhistYear(YearMonth month) {
        return ThaiBuddhistDate.from(month.atDay(1)).get(ChronoField.YEAR);
    }

    /** The CE year-month of a month in a BE year. */
    static YearMonth fromBuddhist(int buddhistYear, Month month) {
        return YearMonth.from(ThaiBuddhistDate.of(buddhistYear, month.getValue(), 1));
    }

    /** CLDR full name, e.g. กุมภาพันธ์. */
    static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, THAI);
    }

    /** CLDR abbreviation, e.g. ก.พ. */
    static String monthAbbreviation(Month month) {
        return month.getDisplayName(TextStyle.SHORT, THAI);
    }
}
