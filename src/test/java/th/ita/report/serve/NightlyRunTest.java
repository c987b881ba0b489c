package th.ita.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import th.ita.report.TestConsole;
import th.ita.report.run.ExitCode;

/** Runs asked for from the page: one at a time, on the executor given, and "busy" while one is going or waiting. */
class NightlyRunTest {

    final ExecutorService executor = Executors.newSingleThreadExecutor();
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch started = new CountDownLatch(1);
    final AtomicInteger runs = new AtomicInteger();
    final TestConsole log = new TestConsole();
    final NightlyRun nightly = new NightlyRun(reporter -> {
        runs.incrementAndGet();
        started.countDown();
        release.await(30, TimeUnit.SECONDS);
        reporter.line("done on " + Thread.currentThread().getName());
        return ExitCode.OK;
    }, new StaticMessageSource(), Clock.systemUTC(), ZoneId.of("Asia/Bangkok"), log);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aRequestRunsOnTheExecutorAndASecondOneWhileItRunsIsRefused() throws Exception {
        assertThat(nightly.busy()).isFalse();
        assertThat(nightly.request(executor)).isTrue();
        assertThat(nightly.busy()).as("asked for, maybe not started yet").isTrue();
        assertThat(nightly.request(executor)).as("already asked for").isFalse();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nightly.running()).isTrue();
        assertThat(nightly.request(executor)).as("running").isFalse();

        release.countDown();
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(nightly.busy()).isFalse();
        assertThat(nightly.last().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(nightly.last().summary()).singleElement().asString().doesNotContain("main").startsWith("done on ");
    }

    @Test
    void aStoppedExecutorStartsNothingAndLeavesNothingAskedFor() {
        executor.shutdown();
        assertThat(nightly.request(executor)).isFalse();
        assertThat(nightly.busy()).isFalse();
        assertThat(runs).hasValue(0);
    }
}
