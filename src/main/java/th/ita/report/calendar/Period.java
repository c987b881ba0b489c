package th.ita.report.calendar;

import java.time.YearMonth;
import java.util.Objects;

/** A span of months, ISO (CE) year-months, start <= end (constructor enforces). */
public record Period(YearMonth start, YearMonth end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period ends before it starts: " + start + " .. " + end);
        }
    }

    /** Earliest start .. latest end: how the report merges the departments' periods. */
    public Period span(Period other) {
        YearMonth earliest = other.start.isBefore(start) ? other.start : start;
        YearMonth latest = other.end.isAfter(end) ? other.end : end;
        return new Period(earliest, latest);
    }
}
