package th.ita.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    private static Period period(String start, String end) {
        return new Period(YearMonth.parse(start), YearMonth.parse(end));
    }

    @ParameterizedTest
    @CsvSource({"2568, 2024-10, 2025-09", "2567, 2023-10, 2024-09", "2569, 2025-10, 2026-09", "2543, 1999-10, 2000-09"})
    void runsFromOctoberToSeptember(int buddhistYear, String first, String last) {
        FiscalYear fiscalYear = new FiscalYear(buddhistYear);
        assertThat(fiscalYear.firstMonth()).isEqualTo(YearMonth.parse(first));
        assertThat(fiscalYear.lastMonth()).isEqualTo(YearMonth.parse(last));
        assertThat(fiscalYear.whole()).isEqualTo(period(first, last));
    }

    @ParameterizedTest(name = "[{index}] FY2568 contains {0}..{1}: {2}")
    @CsvSource({
            "2024-10, 2025-09, true",
            "2024-10, 2024-10, true",
            "2025-09, 2025-09, true",
            "2025-02, 2025-09, true",
            "2024-09, 2024-10, false",
            "2025-09, 2025-10, false",
            "2024-09, 2024-09, false",
            "2025-10, 2025-10, false",
            "2024-01, 2026-01, false",
            "2023-10, 2024-09, false",
    })
    void containsOnlyPeriodsEntirelyInside(String start, String end, boolean inside) {
        assertThat(new FiscalYear(2568).contains(period(start, end))).isEqualTo(inside);
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> period("2025-09", "2025-02"));
        assertThatNullPointerException().isThrownBy(() -> new Period(null, YearMonth.of(2025, 1)));
        assertThatNullPointerException().isThrownBy(() -> new Period(YearMonth.of(2025, 1), null));
        assertThat(period("2025-04", "2025-04").start()).isEqualTo(YearMonth.of(2025, 4));
    }

    @ParameterizedTest(name = "[{index}] {0}..{1} span {2}..{3} = {4}..{5}")
    @CsvSource({
            // disjoint, both orders
            "2025-02, 2025-03, 2025-07, 2025-09, 2025-02, 2025-09",
            "2025-07, 2025-09, 2025-02, 2025-03, 2025-02, 2025-09",
            // overlapping
            "2024-10, 2025-03, 2025-01, 2025-06, 2024-10, 2025-06",
            // nested
            "2024-10, 2025-09, 2025-02, 2025-03, 2024-10, 2025-09",
            "2025-02, 2025-03, 2024-10, 2025-09, 2024-10, 2025-09",
            // identical
            "2025-04, 2025-04, 2025-04, 2025-04, 2025-04, 2025-04",
    })
    void spanRunsFromEarliestStartToLatestEnd(String s1, String e1, String s2, String e2, String s, String e) {
        assertThat(period(s1, e1).span(period(s2, e2))).isEqualTo(period(s, e));
    }
}
