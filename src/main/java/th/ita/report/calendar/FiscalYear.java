package th.ita.report.calendar;

import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistDate;

/** A Thai fiscal year, named by its Buddhist-era year: FY 2568 = 1 Oct 2024 .. 30 Sep 2025. */
public record FiscalYear(int buddhistYear) {

    /** October of the BE year before the one that names the fiscal year. */
    public YearMonth firstMonth() {
        return YearMonth.from(ThaiBuddhistDate.of(buddhistYear - 1, Month.OCTOBER.getValue(), 1));
    }

    /** September of the BE year that names the fiscal year. */
    public YearMonth lastMonth() {
        return YearMonth.from(ThaiBuddhistDate.of(buddhistYear, Month.SEPTEMBER.getValue(), 1));
    }

    public Period whole() {
        return new Period(firstMonth(), lastMonth());
    }

    /** True when the period lies entirely inside the fiscal year. */
    public boolean contains(Period p) {
        return !p.start().isBefore(firstMonth()) && !p.end().isAfter(lastMonth());
    }
}
