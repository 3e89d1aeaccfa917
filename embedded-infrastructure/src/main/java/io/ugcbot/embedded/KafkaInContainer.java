package io.ugcbot.embedded;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Testcontainers' {@link KafkaContainer} (the official {@code apache/kafka} image, or one built to behave like it). The
 * host port is chosen here and bound fixed, so a container stopped and started again in a drill comes back on the
 * address the clients already have (Docker would otherwise hand out a new random port).
 */
final class KafkaInContainer implements KafkaServer {

    private static final int KAFKA_PORT = 9092;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final KafkaContainer container;
    private final int hostPort = FreePorts.find();

    @SuppressWarnings("resource") // closed in close()
    KafkaInContainer(String image) {
        container = new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_HEAP_OPTS", "-Xmx512m")
                .withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(new PortBinding(
                        Ports.Binding.bindPort(hostPort), new ExposedPort(KAFKA_PORT))))
                .withStartupTimeout(READY_TIMEOUT);
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void stopBroker() {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
    }

    /** The container's start command finds the listener script it wrote the first time and runs the broker again. */
    @Override
    public void startBroker() throws Exception {
        container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the Kafka container did not come back", notYet);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
