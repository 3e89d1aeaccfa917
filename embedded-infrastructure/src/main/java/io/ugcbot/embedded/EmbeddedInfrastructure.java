package io.ugcbot.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Map;

/**
 * Kafka, PostgreSQL and S3, started together. PostgreSQL runs with its defaults for an embedded server (fsync off):
 * fine for a local run and tests, not a production database.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;
    private final EmbeddedS3 s3;

    private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres, EmbeddedS3 s3) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.s3 = s3;
    }

    /** Starts clean: whatever an earlier run left in {@code dataDir} (it may have been killed) is removed first. */
    public static EmbeddedInfrastructure start(Path dataDir, int postgresPort, int s3Port) throws Exception {
        return start(dataDir, postgresPort, s3Port, Map.of());
    }

    /** The same, with PostgreSQL server settings (a benchmark preloads {@code pg_stat_statements} this way). */
    public static EmbeddedInfrastructure start(Path dataDir, int postgresPort, int s3Port,
                                               Map<String, String> postgresSettings) throws Exception {
        Path root = dataDir.toAbsolutePath();
        FileSystemUtils.deleteRecursively(root.resolve("postgres"));
        FileSystemUtils.deleteRecursively(root.resolve("s3"));
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        EmbeddedPostgres.Builder postgresBuilder = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false);
        postgresSettings.forEach(postgresBuilder::setServerConfig);
        if (postgresPort > 0) {
            postgresBuilder.setPort(postgresPort);
        }
        EmbeddedPostgres postgres = postgresBuilder.start();
        EmbeddedS3 s3 = new EmbeddedS3(root.resolve("s3"), s3Port);
        return new EmbeddedInfrastructure(kafka, postgres, s3);
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String databaseUser() {
        return "postgres";
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String s3Endpoint() {
        return s3.endpoint();
    }

    @Override
    public void close() throws Exception {
        s3.close();
        postgres.close();
        kafka.destroy();
    }
}
