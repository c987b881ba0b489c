package th.ita.report.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.job.JobExecution;

import th.ita.report.calendar.ThaiDates;
import th.ita.report.text.Numerals;

/** When a run happened, as the officer reads it: Thai date (Buddhist era) and time, in the clock's zone. */
final class RunTimes {

    private RunTimes() {
    }

    /** When the run ended (or started, if it never ended). */
    static String of(JobExecution run, Clock clock) {
        LocalDateTime at = run.getEndTime() != null ? run.getEndTime() : run.getStartTime();
        return at == null ? "-" : of(at.atZone(ZoneId.systemDefault()), clock);
    }

    static String of(ZonedDateTime at, Clock clock) {
        ZonedDateTime local = at.withZoneSameInstant(clock.getZone());
        return ThaiDates.longDate(local.toLocalDate(), Numerals.arabic()) + " "
                + local.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
