package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The names the status page answers to (the Host header), against DNS rebinding. */
class RequestPolicyTest {

    @Test
    void loopbackNamesWithAnyPortAreAnswered() {
        RequestPolicy policy = new RequestPolicy(List.of());
        for (String host : List.of("127.0.0.1", "127.0.0.1:8068", "localhost", "LOCALHOST:18068", "[::1]", "[::1]:8068")) {
            assertThat(policy.allowedHost(host)).as(host).isTrue();
        }
    }

    @Test
    void otherNamesAreNot() {
        RequestPolicy policy = new RequestPolicy(List.of());
        for (String host : List.of("attacker.example", "attacker.example:8068", "127.0.0.1.attacker.example",
                "localhost.attacker.example", "127.0.0.2", "0.0.0.0", "[::1].attacker.example", "", "[::2]:8068")) {
            assertThat(policy.allowedHost(host)).as(host).isFalse();
        }
        assertThat(policy.allowedHost(null)).isFalse();
    }

    @Test
    void namesSetInTheSettingsAreAnsweredToo() {
        RequestPolicy policy = new RequestPolicy(List.of("ita-server.local", "192.168.1.20"));
        assertThat(policy.allowedHost("ITA-server.local:8068")).isTrue();
        assertThat(policy.allowedHost("192.168.1.20:8068")).isTrue();
        assertThat(policy.allowedHost("localhost")).isTrue();
        assertThat(policy.allowedHost("ita-server.local.attacker.example")).isFalse();
    }

    @Test
    void thePagePostsOnlyToItselfAndPublishedPagesPostNowhere() {
        assertThat(RequestPolicy.PAGE_CONTENT_SECURITY_POLICY).contains("form-action 'self'").contains("default-src 'none'")
                .doesNotContain("script");
        assertThat(RequestPolicy.CONTENT_SECURITY_POLICY).contains("form-action 'none'").contains("frame-ancestors 'none'");
    }
}
