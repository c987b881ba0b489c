package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The nightly schedule from the shipped configuration: 02:00 in Bangkok, whatever the machine's zone. */
class NightlyScheduleTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    NightlySchedule schedule;

    @BeforeEach
    void shippedSchedule() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        schedule = new NightlySchedule(properties.getProperty("ita.serve.cron"), properties.getProperty("ita.serve.zone"));
    }

    @Test
    void theShippedDefaultsAreTheCodesDefaults() {
        assertThat(schedule.expression()).isEqualTo(NightlySchedule.DEFAULT_CRON).isEqualTo("0 0 2 * * *");
        assertThat(schedule.zone()).isEqualTo(BANGKOK);
    }

    @Test
    void theNextRunIsTwoOClockInBangkokOnTheNextNight() {
        // 17:00 in Bangkok; the clock itself is in UTC, as a server's often is.
        Clock afternoon = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

        ZonedDateTime next = schedule.next(afternoon);

        assertThat(next).isEqualTo(ZonedDateTime.of(2025, 6, 2, 2, 0, 0, 0, BANGKOK));
        assertThat(next.toInstant()).isEqualTo(Instant.parse("2025-06-01T19:00:00Z"));
        assertThat(next.getZone()).isEqualTo(BANGKOK);
    }

    @Test
    void justAfterMidnightInBangkokTheRunIsTheSameNightNotTheNextUtcDay() {
        // 01:30 on 2 June in Bangkok is still 1 June in UTC.
        Clock night = Clock.fixed(Instant.parse("2025-06-01T18:30:00Z"), ZoneOffset.UTC);

        assertThat(schedule.next(night)).isEqualTo(ZonedDateTime.of(2025, 6, 2, 2, 0, 0, 0, BANGKOK));
    }

    @Test
    void atTwoOClockExactlyTheNextRunIsTheFollowingNight() {
        Clock twoOClock = Clock.fixed(ZonedDateTime.of(2025, 6, 2, 2, 0, 0, 0, BANGKOK).toInstant(), ZoneOffset.UTC);

        assertThat(schedule.next(twoOClock)).isEqualTo(ZonedDateTime.of(2025, 6, 3, 2, 0, 0, 0, BANGKOK));
    }

    @Test
    void thePageShowsWhatTheSchedulerPlanned() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
        Clock earlier = Clock.fixed(Instant.parse("2025-05-30T10:00:00Z"), ZoneOffset.UTC);

        // The scheduler asks the trigger with its own context; the page then shows that instant.
        Instant planned = schedule.nextExecution(new SimpleTriggerContext(earlier));

        assertThat(planned).isEqualTo(ZonedDateTime.of(2025, 5, 31, 2, 0, 0, 0, BANGKOK).toInstant());
        assertThat(schedule.nextRun(earlier).toInstant()).isEqualTo(planned);
        // Once that time has passed (the run is going), the page shows the next one after now.
        assertThat(schedule.nextRun(clock)).isEqualTo(ZonedDateTime.of(2025, 6, 2, 2, 0, 0, 0, BANGKOK));
    }

    @Test
    void aWrongExpressionOrZoneIsRefused() {
        assertThatThrownBy(() -> new NightlySchedule("0 2 * * *", "Asia/Bangkok"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NightlySchedule("0 0 2 * * *", "Asia/Nowhere"))
                .isInstanceOf(DateTimeException.class);
    }
}
