package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run-now button's protection against other sites, request by request. */
class RunNowGuardTest {

    final RunNowGuard guard = new RunNowGuard();
    final String token = guard.token();

    @Test
    void theOfficersBrowserIsAllowed() {
        assertThat(guard.allows(token, "http://127.0.0.1:8068", "same-origin", "127.0.0.1:8068")).isTrue();
        assertThat(guard.allows(token, "http://localhost:9000", "same-origin", "localhost:9000")).isTrue();
        // An older browser or a command line on this machine sends neither header: the token is enough.
        assertThat(guard.allows(token, null, null, "127.0.0.1:8068")).isTrue();
    }

    @Test
    void withoutTheRightTokenNothingIsAllowed() {
        assertThat(guard.allows(null, "http://127.0.0.1:8068", "same-origin", "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows("", null, null, "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(token + "x", null, null, "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(new RunNowGuard().token(), null, null, "127.0.0.1:8068"))
                .as("another process's token").isFalse();
    }

    @Test
    void anotherOriginOrACrossSiteRequestIsRefusedEvenWithTheToken() {
        assertThat(guard.allows(token, "http://attacker.example", null, "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(token, "null", null, "127.0.0.1:8068")).as("a sandboxed frame").isFalse();
        // Another local web application on another port is same-site, but not this page.
        assertThat(guard.allows(token, "http://127.0.0.1:3000", "same-site", "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(token, "http://127.0.0.1:8068", "cross-site", "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(token, null, "cross-site", "127.0.0.1:8068")).isFalse();
        assertThat(guard.allows(token, "https://127.0.0.1:8068", null, "127.0.0.1:8068")).isFalse();
    }

    @Test
    void eachProcessHasItsOwnUnguessableToken() {
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(new RunNowGuard().token());
    }
}
