package th.ita.report.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

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
     * @param cron              when to compile: Spring cron, six fields with seconds
     * @param zone              the zone the cron expression is read in (never the machine's own)
     * @param port              the status page's port (0: any free port)
     * @param quietPeriod       files modified more recently are left for the next night
     * @param address           the address the status page listens on: 127.0.0.1 unless widened here, on
     *                          purpose, to an IP address (never a name, which would need a DNS look-up)
     * @param hosts             names the page answers to besides localhost, 127.0.0.1 and [::1] (the Host
     *                          header; a widened address needs the name people type, e.g. the server's)
     * @param connectionTimeout a connection that has not sent a whole request by then is closed
     */
    public record Serve(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Asia/Bangkok") ZoneId zone,
                        @DefaultValue("8068") int port, @DefaultValue("PT1M") Duration quietPeriod,
                        @DefaultValue(LOOPBACK) String address, @DefaultValue List<String> hosts,
                        @DefaultValue("PT15S") Duration connectionTimeout) {

        public static final String LOOPBACK = "127.0.0.1";

        private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
        private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

        public Serve {
            InvalidSettingException.check(CronExpression.isValidExpression(cron), "ita.serve.cron", cron, "setting.cron");
            InvalidSettingException.check(port >= 0 && port <= 65_535, "ita.serve.port", port, "setting.port");
            InvalidSettingException.check(!quietPeriod.isNegative(), "ita.serve.quiet-period", quietPeriod,
                    "setting.notNegative");
            address = address.strip();
            InvalidSettingException.check(ipAddress(address), "ita.serve.address", address, "setting.address");
            hosts = hosts == null ? List.of() : hosts.stream().map(String::strip).toList();
            for (String host : hosts) {
                InvalidSettingException.check(HOST_NAME.matcher(host).matches(), "ita.serve.hosts", host, "setting.host");
            }
            InvalidSettingException.check(connectionTimeout.compareTo(Duration.ofSeconds(1)) >= 0
                    && connectionTimeout.compareTo(Duration.ofMinutes(10)) <= 0, "ita.serve.connection-timeout",
                    connectionTimeout, "setting.connectionTimeout");
        }

        /** An IPv4 address in dotted form or an IPv6 address in its usual form: read without any look-up. */
        private static boolean ipAddress(String text) {
            if (!IPV4.matcher(text).matches() && !(text.contains(":") && text.matches("[0-9A-Fa-f:.]+"))) {
                return false;
            }
            try {
                InetAddress.getByName(text);
                return true;
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
