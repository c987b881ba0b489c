package th.ita.report.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** serve's settings: the page's address is loopback unless widened on purpose, and to an IP address only. */
class ServeSettingsTest {

    static ItaSettings.Serve serve(String address, List<String> hosts, Duration timeout) {
        return new ItaSettings.Serve("0 0 2 * * *", ZoneId.of("Asia/Bangkok"), 8068, Duration.ofMinutes(1), address,
                hosts, timeout);
    }

    @Test
    void ipAddressesAreTakenAsTheyAre() {
        for (String address : List.of("127.0.0.1", " 127.0.0.1 ", "0.0.0.0", "192.168.1.20", "::1", "::")) {
            assertThat(serve(address, List.of(), Duration.ofSeconds(15)).address()).isEqualTo(address.strip());
        }
    }

    @Test
    void namesAndNonsenseAreRefusedByName() {
        for (String address : List.of("localhost", "ita-server.local", "", "300.1.1.1", "1.2.3", "127.0.0.1:8068",
                "http://127.0.0.1")) {
            assertThatThrownBy(() -> serve(address, List.of(), Duration.ofSeconds(15))).as(address)
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                        assertThat(e.setting()).isEqualTo("ita.serve.address");
                        assertThat(e.reasonCode()).isEqualTo("setting.address");
                    });
        }
    }

    @Test
    void extraHostNamesAreNamesOrAddressesOnly() {
        assertThat(serve("0.0.0.0", List.of("ita-server.local", " 192.168.1.20 ", "[fe80::1]"), Duration.ofSeconds(15))
                .hosts()).containsExactly("ita-server.local", "192.168.1.20", "[fe80::1]");
        for (String host : List.of("*", "evil.example/x", "a b", "")) {
            assertThatThrownBy(() -> serve("0.0.0.0", List.of(host), Duration.ofSeconds(15))).as(host)
                    .isInstanceOfSatisfying(InvalidSettingException.class,
                            e -> assertThat(e.setting()).isEqualTo("ita.serve.hosts"));
        }
    }

    @Test
    void theConnectionTimeoutIsBetweenASecondAndTenMinutes() {
        assertThat(serve("127.0.0.1", List.of(), Duration.ofSeconds(1)).connectionTimeout()).hasSeconds(1);
        assertThat(serve("127.0.0.1", List.of(), Duration.ofMinutes(10)).connectionTimeout()).hasMinutes(10);
        for (Duration timeout : List.of(Duration.ZERO, Duration.ofMillis(999), Duration.ofMinutes(11), Duration.ofSeconds(-5))) {
            assertThatThrownBy(() -> serve("127.0.0.1", List.of(), timeout)).as(timeout.toString())
                    .isInstanceOfSatisfying(InvalidSettingException.class,
                            e -> assertThat(e.setting()).isEqualTo("ita.serve.connection-timeout"));
        }
    }
}
