package io.ugcbot.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.utility.TestcontainersConfiguration;

import java.util.Locale;

/**
 * The one place that decides where the tests' Kafka and PostgreSQL run.
 *
 * <p>{@code UGC_TEST_SERVERS} (or {@code -Dugc.test.servers}) is {@code embedded}, {@code containers} or {@code auto}
 * (the default). {@code auto} picks containers when a Docker engine answers and both images are already on it, and the
 * embedded servers otherwise: a machine without a registry (like the ones this project is built on) cannot pull
 * {@code apache/kafka}, and a test run must not fail for that. The images are the compose file's variables,
 * {@code KAFKA_IMAGE} and {@code POSTGRES_IMAGE}, with the same official defaults; {@code ops/images/build-local-images}
 * builds equivalents and prints the values that point at them.
 */
public final class ServerChoice {

    private static final Logger log = LoggerFactory.getLogger(ServerChoice.class);

    public static final String DEFAULT_KAFKA_IMAGE = "apache/kafka:4.1.0";
    public static final String DEFAULT_POSTGRES_IMAGE = "postgres:17";

    private static Servers decided;

    private ServerChoice() {
    }

    /** Decided once per JVM and logged with its reason, so a test report says which servers it ran on. */
    public static synchronized Servers forTests() {
        if (decided == null) {
            String asked = setting("UGC_TEST_SERVERS", "ugc.test.servers", "auto").toLowerCase(Locale.ROOT);
            decided = switch (asked) {
                case "embedded" -> chosen(Servers.EMBEDDED, "UGC_TEST_SERVERS=embedded");
                case "containers" -> chosen(Servers.CONTAINERS, "UGC_TEST_SERVERS=containers");
                case "auto" -> automatic();
                default -> throw new IllegalArgumentException(
                        "UGC_TEST_SERVERS must be embedded, containers or auto, not " + asked);
            };
        }
        return decided;
    }

    public static String kafkaImage() {
        return setting("KAFKA_IMAGE", "ugc.kafka.image", DEFAULT_KAFKA_IMAGE);
    }

    public static String postgresImage() {
        return setting("POSTGRES_IMAGE", "ugc.postgres.image", DEFAULT_POSTGRES_IMAGE);
    }

    private static Servers automatic() {
        DockerEngineProbe engine = DockerEngineProbe.local();
        if (!engine.answers()) {
            return chosen(Servers.EMBEDDED, "no Docker engine answers on its local socket");
        }
        for (String image : new String[]{kafkaImage(), postgresImage()}) {
            if (!engine.hasImage(image)) {
                return chosen(Servers.EMBEDDED, "the Docker engine has no image " + image
                        + " (pull it, or build local ones with ops/images/build-local-images)");
            }
        }
        // Testcontainers starts Ryuk as it connects, and would try to pull its image: only where it is there
        String ryuk = TestcontainersConfiguration.getInstance().getRyukImage();
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED")) && !engine.hasImage(ryuk)) {
            return chosen(Servers.EMBEDDED, "Testcontainers' Ryuk is enabled but the engine has no " + ryuk
                    + " (set TESTCONTAINERS_RYUK_DISABLED=true, as the build does)");
        }
        return chosen(Servers.CONTAINERS, "a Docker engine with " + kafkaImage() + " and " + postgresImage());
    }

    private static Servers chosen(Servers servers, String because) {
        log.info("Tests run Kafka and PostgreSQL {}: {}", servers == Servers.CONTAINERS
                ? "in containers (" + kafkaImage() + ", " + postgresImage() + ")" : "embedded", because);
        return servers;
    }

    private static String setting(String environmentName, String propertyName, String fallback) {
        String value = System.getProperty(propertyName, System.getenv(environmentName));
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
