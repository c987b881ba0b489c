package th.ita.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    private final PeriodParser fy2568 = new PeriodParser(new FiscalYear(2568));

    private static Period period(String start, String end) {
        return new Period(YearMonth.parse(start), YearMonth.parse(end));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the forms from the domain notes
            'ก.พ. - ก.ย. พ.ศ. ๒๕๖๘'          | 2025-02 | 2025-09
            'ก.พ.-มี.ค. 2568'                | 2025-02 | 2025-03
            'กุมภาพันธ์ - กันยายน ๒๕๖๘'         | 2025-02 | 2025-09
            'ต.ค. ๖๗ - ก.ย. ๖๘'              | 2024-10 | 2025-09
            'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘'       | 2024-10 | 2025-09
            '๑ ต.ค. ๒๕๖๗ - ๓๐ ก.ย. ๒๕๖๘'      | 2024-10 | 2025-09
            'เม.ย. ๒๕๖๘'                     | 2025-04 | 2025-04
            # spacing, dots and separators
            'ก.พ.2568-ก.ย.2568'              | 2025-02 | 2025-09
            '  ก.พ.   -   ก.ย.   2568  '     | 2025-02 | 2025-09
            'ก.พ - ก.ย พ.ศ ๒๕๖๘'             | 2025-02 | 2025-09
            'กพ - กย พศ 2568'                | 2025-02 | 2025-09
            'ก. พ. - ก. ย. พ. ศ. ๒๕๖๘'       | 2025-02 | 2025-09
            'ก.พ. ถึง ก.ย. 2568'             | 2025-02 | 2025-09
            'ก.พ.ถึงก.ย.2568'                | 2025-02 | 2025-09
            'ก.พ. — ก.ย. 2568'               | 2025-02 | 2025-09
            'ก.พ. – ก.ย. 2568'               | 2025-02 | 2025-09
            'ก.พ. จนถึง ก.ย. 2568'           | 2025-02 | 2025-09
            'ก.พ. 68 - ก.ย. 68'              | 2025-02 | 2025-09
            'ก.พ. พ.ศ. 2568 - ก.ย. พ.ศ. 2568' | 2025-02 | 2025-09
            'ก.พ. ปี 2568 - ก.ย. ปี 2568'    | 2025-02 | 2025-09
            'พฤษภาคม 2568'                   | 2025-05 | 2025-05
            '๒๐ พ.ค. ๒๕๖๘'                   | 2025-05 | 2025-05
            # filler words
            'เดือน ก.พ. - เดือน ก.ย. 2568'    | 2025-02 | 2025-09
            'ระหว่างเดือน ก.พ. - ก.ย. 2568'   | 2025-02 | 2025-09
            'ตั้งแต่ ต.ค. 67 ถึง ก.ย. 68'      | 2024-10 | 2025-09
            'วันที่ 1 ต.ค. 2567 - วันที่ 30 ก.ย. 2568' | 2024-10 | 2025-09
            'ระหว่างวันที่ ๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘' | 2024-10 | 2025-09
            # Thai and Arabic digits mixed, even inside one number
            'ต.ค. ๒๕๖7 - ก.ย. 2568'           | 2024-10 | 2025-09
            # Common-era years
            'ก.พ. - ก.ย. 2025'               | 2025-02 | 2025-09
            'ต.ค. 2024 - ก.ย. 2025'          | 2024-10 | 2025-09
            # a year only at one end
            'ต.ค. - ก.ย. ๒๕๖๘'               | 2024-10 | 2025-09
            'ต.ค. 2567 - ก.ย.'               | 2024-10 | 2025-09
            'ม.ค. - มี.ค. 2569'              | 2026-01 | 2026-03
            'ธ.ค. 2567 - ม.ค.'               | 2024-12 | 2025-01
            # full months spanning years, with the long dash
            'ตุลาคม 2567 — มีนาคม 2568'       | 2024-10 | 2025-03
            """)
    void readsMonthRanges(String text, String start, String end) {
        assertThat(fy2568.parse(text)).contains(period(start, end));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            'ไตรมาสที่ ๒'                       | 2025-01 | 2025-03
            'ไตรมาส 1 - 2'                     | 2024-10 | 2025-03
            'ไตรมาสที่ 1'                       | 2024-10 | 2024-12
            'ไตรมาสที่ ๓'                       | 2025-04 | 2025-06
            'ไตรมาส ๔'                         | 2025-07 | 2025-09
            'ไตรมาสที่2'                        | 2025-01 | 2025-03
            'ไตรมาสที่ 1 - ไตรมาสที่ 4'           | 2024-10 | 2025-09
            'ไตรมาสที่ ๓ ถึง ๔'                  | 2025-04 | 2025-09
            'ไตรมาสที่ 2 - 2'                   | 2025-01 | 2025-03
            'ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๙'         | 2026-01 | 2026-03
            'ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2567'    | 2023-10 | 2023-12
            """)
    void readsQuartersOfTheFiscalYear(String text, String start, String end) {
        assertThat(fy2568.parse(text)).contains(period(start, end));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            'ตลอดปีงบประมาณ'                  | 2024-10 | 2025-09
            'ตลอด ปีงบประมาณ'                 | 2024-10 | 2025-09
            'ตลอดปี'                          | 2024-10 | 2025-09
            'ตลอดทั้งปี'                       | 2024-10 | 2025-09
            'ปีงบประมาณ พ.ศ. ๒๕๖๘'            | 2024-10 | 2025-09
            'ปีงบประมาณ 2568'                 | 2024-10 | 2025-09
            'ปีงบประมาณ ๖๘'                   | 2024-10 | 2025-09
            'ปีงบประมาณ พ.ศ. ๒๕๖๗'            | 2023-10 | 2024-09
            'ปีงบประมาณ 2569'                 | 2025-10 | 2026-09
            'ตลอดปีงบประมาณ พ.ศ. 2569'        | 2025-10 | 2026-09
            'ตลอดปีงบประมาณ 2567'             | 2023-10 | 2024-09
            'ปีงบฯ 2568'                      | 2024-10 | 2025-09
            """)
    void readsWholeFiscalYears(String text, String start, String end) {
        assertThat(fy2568.parse(text)).contains(period(start, end));
    }

    @ParameterizedTest(name = "[{index}] FY{0} ''{1}'' -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            # without a year, ต.ค.-ธ.ค. belong to the calendar year before the fiscal year's name
            2568 | 'ก.พ. - ก.ย.'   | 2025-02 | 2025-09
            2568 | 'ต.ค. - ธ.ค.'   | 2024-10 | 2024-12
            2568 | 'ต.ค. - ก.ย.'   | 2024-10 | 2025-09
            2568 | 'พ.ย. - มี.ค.'  | 2024-11 | 2025-03
            2568 | 'ธ.ค.'          | 2024-12 | 2024-12
            2568 | 'ม.ค.'          | 2025-01 | 2025-01
            2568 | 'กันยายน'        | 2025-09 | 2025-09
            2568 | 'ตุลาคม'         | 2024-10 | 2024-10
            2569 | 'ก.พ. - ก.ย.'   | 2026-02 | 2026-09
            2569 | 'ต.ค. - ธ.ค.'   | 2025-10 | 2025-12
            2569 | 'ไตรมาสที่ 1'    | 2025-10 | 2025-12
            2569 | 'ตลอดปีงบประมาณ' | 2025-10 | 2026-09
            # a range that runs past September still reads forwards
            2568 | 'ส.ค. - ต.ค.'   | 2025-08 | 2025-10
            # a trailing fiscal year places the months in that year instead of the job's
            2568 | 'ก.พ. - ก.ย. ปีงบประมาณ 2569' | 2026-02 | 2026-09
            2568 | 'ต.ค. - ธ.ค. ปีงบประมาณ ๒๕๖๙' | 2025-10 | 2025-12
            """)
    void infersYearsFromTheFiscalYear(int fiscalYear, String text, String start, String end) {
        assertThat(new PeriodParser(new FiscalYear(fiscalYear)).parse(text)).contains(period(start, end));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is month {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'ม.ค. 2568'  | 1
            'มี.ค. 2568' | 3
            'เม.ย. 2568' | 4
            'มิ.ย. 2568' | 6
            'ก.พ. 2568'  | 2
            'ก.ค. 2568'  | 7
            'ก.ย. 2568'  | 9
            'ม.ค 2568'   | 1
            'มี.ค 2568'  | 3
            'เม.ย 2568'  | 4
            'มิ.ย 2568'  | 6
            'ก.พ 2568'   | 2
            'ก.ค 2568'   | 7
            'ก.ย 2568'   | 9
            'มค 2568'    | 1
            'มีค 2568'   | 3
            'เมย 2568'   | 4
            'มิย 2568'   | 6
            'กพ 2568'    | 2
            'กค 2568'    | 7
            'กย 2568'    | 9
            'มกราคม 2568'  | 1
            'มีนาคม 2568'  | 3
            'เมษายน 2568'  | 4
            'มิถุนายน 2568' | 6
            'กุมภาพันธ์ 2568' | 2
            'กรกฎาคม 2568' | 7
            'กันยายน 2568' | 9
            'พ.ค. 2568'  | 5
            'พ.ย. 2567'  | 11
            """)
    void doesNotConfuseLookAlikeMonths(String text, int month) {
        Optional<Period> parsed = fy2568.parse(text);
        assertThat(parsed).isPresent();
        assertThat(parsed.get().start().getMonthValue()).isEqualTo(month);
        assertThat(parsed.get().end()).isEqualTo(parsed.get().start());
    }

    @ParameterizedTest
    @EnumSource(Month.class)
    void readsEveryMonthByFullNameAndAbbreviation(Month month) {
        Locale thai = Locale.forLanguageTag("th-TH");
        String full = month.getDisplayName(TextStyle.FULL, thai);
        String shortName = month.getDisplayName(TextStyle.SHORT, thai);
        YearMonth expected = YearMonth.of(2025, month);
        Period single = new Period(expected, expected);
        assertThat(fy2568.parse(full + " 2568")).contains(single);
        assertThat(fy2568.parse(shortName + " ๒๕๖๘")).contains(single);
        assertThat(fy2568.parse(shortName.replace(".", "") + " ๖๘")).contains(single);
    }

    static Stream<Arguments> awkwardWhitespace() {
        Period feb_sep = period("2025-02", "2025-09");
        return Stream.of(
                Arguments.of("ก.พ. -\nก.ย.\nพ.ศ. ๒๕๖๘", feb_sep),
                Arguments.of("ก.พ.\r\n-\r\nก.ย. พ.ศ.\t๒๕๖๘", feb_sep),
                Arguments.of("ก.พ.\u00a0-\u00a0ก.ย.\u00a0๒๕๖๘", feb_sep),
                Arguments.of("ก.พ.\u200b - ก.ย. ๒๕\u200b๖๘", feb_sep),
                Arguments.of("ตลอด\nปีงบประมาณ", period("2024-10", "2025-09")),
                Arguments.of("ไตรมาสที่\n๒", period("2025-01", "2025-03")));
    }

    @ParameterizedTest
    @MethodSource("awkwardWhitespace")
    void toleratesLineBreaksAndInvisibleCharacters(String text, Period expected) {
        assertThat(fy2568.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is unreadable")
    @ValueSource(strings = {
            "เร็วๆ นี้",
            "ตามแผน",
            "ดำเนินการตลอดปีงบประมาณ",
            "2568",
            "๑๒",
            "abc",
            "-",
            "ถึง",
            "ตลอด",
            "ปี 2568",
            "พ.ศ. 2568",
            "ไตรมาส",
            "ไตรมาสที่ 5",
            "ไตรมาสที่ 0",
            "ไตรมาส 3 - 1",
            "ไตรมาสที่ 12",
            // an end before its start
            "ก.ย. 2568 - ก.พ. 2568",
            "ต.ค. 2568 - ก.ย. 2567",
            "ต.ค. ๖๘ - ก.ย. ๖๗",
            // incomplete or run-together ranges
            "ต.ค. 67 -",
            "- ก.ย. 68",
            "ต.ค. 67 ก.ย. 68",
            "ก.พ. - ก.ย. 2568 - ธ.ค. 2568",
            "ก.พ. - ก.ย. พ.ศ.",
            // years of the wrong length, or CE after พ.ศ.
            "ก.พ. 5",
            "ก.พ. 256",
            "ก.พ. 25680",
            "ก.พ. 0999",
            "ก.พ. พ.ศ. 2025",
            "ก.พ. 99999999999999999999",
            // impossible days
            "32 ม.ค. 2568",
            "30 ก.พ. 2568",
            "0 ม.ค. 2568",
            "123 ม.ค. 2568",
            "1 - 30 ก.ย. 2568",
            // unknown punctuation or words around a readable period
            "ก.พ. / ก.ย. 2568",
            "(ก.พ. - ก.ย. 2568)",
            "ก.พ. - ก.ย. 2568 เป็นต้นไป",
            "ก พ - ก ย 2568",
            "ก.พ., ก.ย. 2568",
            "\u0000",
            "มีนา 2568",
    })
    void rejectsWhatItCannotRead(String text) {
        assertThat(fy2568.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t ", "\u200b", "..........", "ก.พ.ก.พ.ก.พ.", "ปีปีปี", "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙",
            "\uD83D\uDE00", "\uD800", "ไตรมาสที่ -", "ตลอดปีงบประมาณ ไตรมาส 1", "ต.ค.67-ก.ย.68-"})
    void neverThrows(String text) {
        assertThatCode(() -> fy2568.parse(text)).doesNotThrowAnyException();
        assertThat(fy2568.parse(text)).isEmpty();
    }

    @Test
    void neverThrowsOnLongGarbage() {
        String garbage = "ก.พ. -".repeat(5_000) + "\u0E50".repeat(5_000);
        assertThatCode(() -> fy2568.parse(garbage)).doesNotThrowAnyException();
        assertThat(fy2568.parse(garbage)).isEmpty();
    }

    @Test
    void readsADateCellAsItsMonth() {
        assertThat(fy2568.fromDate(LocalDate.of(2025, 5, 20))).isEqualTo(period("2025-05", "2025-05"));
        assertThat(fy2568.fromDate(LocalDate.of(2024, 12, 31))).isEqualTo(period("2024-12", "2024-12"));
    }

    @ParameterizedTest
    @CsvSource({"2024-10, 2025-09", "2025-02, 2025-09", "2025-04, 2025-04", "2024-10, 2024-12", "2023-11, 2026-02"})
    void readsBackWhatTheReportWrites(String start, String end) {
        Period original = period(start, end);
        assertThat(fy2568.parse(ThaiDates.period(original, th.ita.report.text.Numerals.thai()))).contains(original);
        assertThat(fy2568.parse(ThaiDates.period(original, th.ita.report.text.Numerals.arabic()))).contains(original);
    }
}
