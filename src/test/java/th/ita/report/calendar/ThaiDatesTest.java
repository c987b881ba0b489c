package th.ita.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.report.text.Numerals;

class ThaiDatesTest {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    // Written out here only to check that the JDK's CLDR data says what the office writes.
    private static final List<String> FULL = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    private static final List<String> SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    @Test
    void theJdkGivesTheThaiMonthNamesTheOfficeUses() {
        assertThat(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, THAI)))
                .containsExactlyElementsOf(FULL);
        assertThat(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, THAI)))
                .containsExactlyElementsOf(SHORT);
        assertThat(Arrays.stream(Month.values())
                .map(m -> DateTimeFormatter.ofPattern("MMMM", THAI).format(LocalDate.of(2025, m, 1))))
                .containsExactlyElementsOf(FULL);
        assertThat(Arrays.stream(Month.values())
                .map(m -> DateTimeFormatter.ofPattern("MMM", THAI).format(LocalDate.of(2025, m, 1))))
                .containsExactlyElementsOf(SHORT);
    }

    @Test
    void writesALongDateWithTheBuddhistYear() {
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 5, 20), Numerals.thai())).isEqualTo("๒๐ พฤษภาคม ๒๕๖๘");
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 5, 20), Numerals.arabic())).isEqualTo("20 พฤษภาคม 2568");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-01 | ๑ มกราคม ๒๕๖๘     | 1 มกราคม 2568
            2024-12-31 | ๓๑ ธันวาคม ๒๕๖๗    | 31 ธันวาคม 2567
            2024-02-29 | ๒๙ กุมภาพันธ์ ๒๕๖๗  | 29 กุมภาพันธ์ 2567
            2025-10-01 | ๑ ตุลาคม ๒๕๖๘      | 1 ตุลาคม 2568
            """)
    void writesLongDatesInBothDigitStyles(LocalDate date, String thai, String arabic) {
        assertThat(ThaiDates.longDate(date, Numerals.thai())).isEqualTo(thai);
        assertThat(ThaiDates.longDate(date, Numerals.arabic())).isEqualTo(arabic);
    }

    @ParameterizedTest(name = "[{index}] {0}..{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02 | 2025-09 | ก.พ. - ก.ย. พ.ศ. ๒๕๖๘           | ก.พ. - ก.ย. พ.ศ. 2568
            2024-10 | 2025-09 | ต.ค. พ.ศ. ๒๕๖๗ - ก.ย. พ.ศ. ๒๕๖๘ | ต.ค. พ.ศ. 2567 - ก.ย. พ.ศ. 2568
            2025-04 | 2025-04 | เม.ย. พ.ศ. ๒๕๖๘                 | เม.ย. พ.ศ. 2568
            2024-10 | 2024-12 | ต.ค. - ธ.ค. พ.ศ. ๒๕๖๗           | ต.ค. - ธ.ค. พ.ศ. 2567
            2025-01 | 2025-03 | ม.ค. - มี.ค. พ.ศ. ๒๕๖๘          | ม.ค. - มี.ค. พ.ศ. 2568
            2025-06 | 2025-07 | มิ.ย. - ก.ค. พ.ศ. ๒๕๖๘          | มิ.ย. - ก.ค. พ.ศ. 2568
            2024-12 | 2025-01 | ธ.ค. พ.ศ. ๒๕๖๗ - ม.ค. พ.ศ. ๒๕๖๘ | ธ.ค. พ.ศ. 2567 - ม.ค. พ.ศ. 2568
            2025-01 | 2025-12 | ม.ค. - ธ.ค. พ.ศ. ๒๕๖๘          | ม.ค. - ธ.ค. พ.ศ. 2568
            """)
    void writesPeriodsInBothDigitStyles(String start, String end, String thai, String arabic) {
        Period period = new Period(YearMonth.parse(start), YearMonth.parse(end));
        assertThat(ThaiDates.period(period, Numerals.thai())).isEqualTo(thai);
        assertThat(ThaiDates.period(period, Numerals.arabic())).isEqualTo(arabic);
    }

    @ParameterizedTest
    @CsvSource({"2025-05, 2568", "2025-01, 2568", "2024-12, 2567", "2024-10, 2567", "2000-01, 2543", "1957-06, 2500"})
    void convertsToTheBuddhistYear(String month, int buddhistYear) {
        assertThat(ThaiDates.buddhistYear(YearMonth.parse(month))).isEqualTo(buddhistYear);
    }
}
