package io.ugcbot.localstack;

import io.ugcbot.localstack.support.ChaosDrill;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos drill ({@code bin/chaos}) at the size the suite can afford: 20 users × 2 paid videos through the emulator,
 * every service a process (two of each but the gateway), fal failing 20 % of renders, a random process SIGKILLed and
 * restarted every 10 s, PostgreSQL cut off for 20 s and the broker stopped for 15 s once each.
 */
class ChaosIT {

    @Test
    void everyGenerationEndsInAVideoOrARefundAndEveryCreditIsAccountedFor() throws Exception {
        ChaosDrill.Result result = ChaosDrill.run(
                new ChaosDrill.Settings(20, 2, Duration.ofSeconds(10), 0.2, 7, 3, 6), System.out);
        result.print(System.out);

        assertThat(result.confirmed()).isEqualTo(40);
        assertThat(result.videos() + result.refunds()).isEqualTo(40);
        assertThat(result.kills()).as("processes killed").isGreaterThanOrEqualTo(2);
        assertThat(result.postgresCut()).isTrue();
        assertThat(result.brokerRestarted()).isTrue();
        ChaosDrill.Verdict verdict = result.verdict();
        assertThat(verdict.details()).as("what the checks found").isEmpty();
        assertThat(verdict.clean()).isTrue();
    }
}
