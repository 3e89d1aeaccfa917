package io.ugcbot.kit.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LeasedJobsTest {

    @Test
    void shouldWaitLongerAfterEachFailedAttemptUpToFiveMinutes() {
        assertThat(LeasedJobs.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(LeasedJobs.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LeasedJobs.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(LeasedJobs.backoff(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(LeasedJobs.backoff(100)).isEqualTo(Duration.ofMinutes(5));
    }
}
