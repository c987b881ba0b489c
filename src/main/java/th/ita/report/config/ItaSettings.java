package th.ita.report.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

import th.ita.report.intake.IntakeLimits;

/**
 * Every setting of the program ({@code ita.*} in application.properties, or {@code --ita.x=y} on the
 * command line), bound and checked once at start. An unknown {@code ita.*} key or a bad value stops
 * the start with exit status 2 and a Thai line naming the setting ({@link InvalidSettingException}).
 *
 * @param quietPeriod  files modified more recently than this are left for the next run (one-shot default: none)
 * @param keepRuns     run folders kept per fiscal year; older ones are removed
 * @param pdf          PDF copies of the memo and the page
 * @param validation   the departments' validation page
 * @param offices      multi-office runs
 * @param serve        serve mode (schedule, status page)
 * @param intake       limits against hostile or broken workbooks
 */
@ConfigurationProperties(prefix = "ita", ignoreUnknownFields = false)
public record ItaSettings(
        @DefaultValue("PT0S") Duration quietPeriod,
        @DefaultValue("10") int keepRuns,
        @DefaultValue Pdf pdf,
        @DefaultValue Validation validation,
        @DefaultValue Offices offices,
        @DefaultValue Serve serve,
        @DefaultValue IntakeLimits intake) {

    public ItaSettings {
        InvalidSettingException.check(!quietPeriod.isNegative(), "ita.quiet-period", quietPeriod, "setting.notNegative");
        InvalidSettingException.check(keepRuns >= 1, "ita.keep-runs", keepRuns, "setting.atLeastOne");
    }

    /** @param enabled memo.pdf and report.pdf when LibreOffice is installed */
    public record Pdf(@DefaultValue("true") boolean enabled) {
    }

    /** @param pageLimit validation.html lists at most this many problems of one kind (same file, same rule) */
    public record Validation(@DefaultValue("50") int pageLimit) {

        public Validation {
            InvalidSettingException.check(pageLimit >= 1, "ita.validation.page-limit", pageLimit, "setting.atLeastOne");
        }
    }

    /** @param threads offices compiled side by side; 0 = one per core */
    public record Offices(@DefaultValue("0") int threads) {

        public Offices {
            InvalidSettingException.check(threads >= 0, "ita.offices.threads", threads, "setting.notNegative");
        }

        public int poolSize() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param cron         when to compile: Spring cron, six fields with seconds
     * @param zone         the zone the cron expression is read in (never the machine's own)
     * @param port         the status page's port on 127.0.0.1 (0: any free port)
     * @param quietPeriod  files modified more recently are left for the next night
     */
    public record Serve(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Asia/Bangkok") ZoneId zone,
                        @DefaultValue("8068") int port, @DefaultValue("PT1M") Duration quietPeriod) {

        public Serve {
            InvalidSettingException.check(CronExpression.isValidExpression(cron), "ita.serve.cron", cron, "setting.cron");
            InvalidSettingException.check(port >= 0 && port <= 65_535, "ita.serve.port", port, "setting.port");
            InvalidSettingException.check(!quietPeriod.isNegative(), "ita.serve.quiet-period", quietPeriod,
                    "setting.notNegative");
        }
    }
}
