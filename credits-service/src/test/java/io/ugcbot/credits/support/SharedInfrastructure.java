package io.ugcbot.credits.support;

import io.ugcbot.embedded.EmbeddedInfrastructure;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * One real Kafka broker and PostgreSQL for all the ledger's integration tests, stopped when the test plan ends (not by
 * a shutdown hook, which races the broker's directory deletion).
 */
public final class SharedInfrastructure implements TestExecutionListener {

    private static EmbeddedInfrastructure infrastructure;

    public static synchronized EmbeddedInfrastructure get() {
        if (infrastructure == null) {
            try {
                infrastructure = EmbeddedInfrastructure.start(Path.of("target", "embedded"), 0, 0);
            } catch (Exception e) {
                throw new IllegalStateException("Embedded Kafka/PostgreSQL did not start", e);
            }
        }
        return infrastructure;
    }

    /** Points a Spring test context at the shared broker and database. */
    public static void register(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure shared = get();
        registry.add("spring.kafka.bootstrap-servers", shared::kafkaBootstrapServers);
        registry.add("spring.datasource.url", shared::jdbcUrl);
        registry.add("spring.datasource.username", shared::databaseUser);
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        synchronized (SharedInfrastructure.class) {
            if (infrastructure != null) {
                try {
                    infrastructure.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                infrastructure = null;
            }
        }
    }
}
