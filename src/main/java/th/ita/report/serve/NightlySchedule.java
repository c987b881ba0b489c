package th.ita.report.serve;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * When the nightly compile runs: a Spring cron expression ({@code ita.serve.cron}, six fields with
 * seconds, default {@value #DEFAULT_CRON}) read in a fixed zone ({@code ita.serve.zone}, default
 * {@value #DEFAULT_ZONE}), never in the machine's own zone. It is the trigger the scheduler runs
 * on, and it remembers the run it planned last so the status page shows the scheduler's own plan.
 */
public final class NightlySchedule implements Trigger {

    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final String DEFAULT_ZONE = "Asia/Bangkok";

    private final String expression;
    private final ZoneId zone;
    private final CronTrigger trigger;
    private volatile Instant planned;

    /**
     * @throws IllegalArgumentException when the expression is not a valid cron expression
     * @throws java.time.DateTimeException when the zone is unknown
     */
    public NightlySchedule(String expression, String zone) {
        this.expression = expression.strip();
        this.zone = ZoneId.of(zone.strip());
        this.trigger = new CronTrigger(this.expression, this.zone);
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant next = trigger.nextExecution(context);
        planned = next;
        return next;
    }

    /** The first run strictly after the clock's instant, as the scheduler computes it when it starts. */
    public ZonedDateTime next(Clock clock) {
        return trigger.nextExecution(new SimpleTriggerContext(clock)).atZone(zone);
    }

    /**
     * The run the scheduler has planned, or, before it planned one or while the planned one is
     * running, the next one after now.
     */
    public ZonedDateTime nextRun(Clock clock) {
        Instant next = planned;
        if (next == null || !next.isAfter(clock.instant())) {
            return next(clock);
        }
        return next.atZone(zone);
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }
}
