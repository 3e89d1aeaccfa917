package io.ugcbot.credits.support;

import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.ServerChoice;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.Map;

/**
 * One real Kafka broker and PostgreSQL for all the ledger's integration tests, stopped when the test plan ends (not by
 * a shutdown hook, which races the broker's directory deletion).
 */
public final class SharedInfrastructure implements TestExecutionListener {

    private static Infrastructure infrastructure;

    public static synchronized Infrastructure get() {
        if (infrastructure == null) {
            try {
                infrastructure = Infrastructure.start(ServerChoice.forTests(), Path.of("target", "embedded"), 0, 0,
                        Map.of(), false);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka/PostgreSQL did not start", e);
            }
        }
        return infrastructure;
    }

    /** Points a Spring test context at the shared broker and database. */
    public static void register(DynamicPropertyRegistry registry) {
        Infrastructure shared = get();
        registry.add("spring.kafka.bootstrap-servers", shared::kafkaBootstrapServers);
        registry.add("spring.datasource.url", shared::jdbcUrl);
        registry.add("spring.datasource.username", shared::databaseUser);
        registry.add("spring.datasource.password", shared::databasePassword);
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
