package io.ugcbot.localstack.bench;

import io.ugcbot.localstack.support.ChaosDrill;

import java.time.Duration;

/**
 * {@code bin/chaos} (a drill, not a test): {@link ChaosDrill} at full size, {@code -Dusers=30
 * -Dgenerations.per.user=10 -Dkill.seconds=8 -Dfailures=0.2 -Dseed=42}; exits 1 when a check fails.
 * {@code ChaosIT} runs a smaller one in the test suite.
 */
public final class ChaosRun {

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        ChaosDrill.Result result = ChaosDrill.run(new ChaosDrill.Settings(Integer.getInteger("users", 30),
                Integer.getInteger("generations.per.user", 10), Duration.ofSeconds(Long.getLong("kill.seconds", 8)),
                Double.parseDouble(System.getProperty("failures", "0.2")), Long.getLong("seed", 42), 5, 10),
                System.out);
        result.print(System.out);
        System.exit(result.verdict().clean() ? 0 : 1);
    }
}
