package io.ugcbot.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Kafka, PostgreSQL and S3, started together. PostgreSQL runs with its defaults for an embedded server (fsync off):
 * fine for a local run and tests, not a production database.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    /** A server whose outage can be drilled. */
    public enum Dependency { POSTGRES, S3 }

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;
    private final EmbeddedS3 s3;
    private final Map<Dependency, OutageProxy> drills;

    private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres, EmbeddedS3 s3,
                                   Map<Dependency, OutageProxy> drills) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.s3 = s3;
        this.drills = drills;
    }

    /** Starts clean: whatever an earlier run left in {@code dataDir} (it may have been killed) is removed first. */
    public static EmbeddedInfrastructure start(Path dataDir, int postgresPort, int s3Port) throws Exception {
        return start(dataDir, postgresPort, s3Port, Map.of());
    }

    /** The same, with PostgreSQL server settings (a benchmark preloads {@code pg_stat_statements} this way). */
    public static EmbeddedInfrastructure start(Path dataDir, int postgresPort, int s3Port,
                                               Map<String, String> postgresSettings) throws Exception {
        return start(dataDir, postgresPort, s3Port, postgresSettings, false);
    }

    /**
     * With {@code outageDrills}, the services reach PostgreSQL and S3 through an {@link OutageProxy} each (the
     * addresses this class hands out), so a test can take either away and bring it back; {@link #dataSource()} stays
     * direct, for the test's own looks into the database.
     */
    public static EmbeddedInfrastructure start(Path dataDir, int postgresPort, int s3Port,
                                               Map<String, String> postgresSettings, boolean outageDrills)
            throws Exception {
        Path root = dataDir.toAbsolutePath();
        FileSystemUtils.deleteRecursively(root.resolve("postgres"));
        FileSystemUtils.deleteRecursively(root.resolve("s3"));
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        if (outageDrills) {
            // a broker restarted in a drill must come back where the clients look for it. spring-kafka-test 4.1.1's
            // KRaft kit ignores this setting; the restarted broker still comes back on the port it first bound
            // (DependencyOutageIT restarts it), so the call only documents the intent
            kafka.kafkaPorts(FreePorts.find());
        }
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
        Map<Dependency, OutageProxy> drills = new EnumMap<>(Dependency.class);
        if (outageDrills) {
            drills.put(Dependency.POSTGRES, new OutageProxy("postgres", postgres.getPort()));
            drills.put(Dependency.S3, new OutageProxy("s3", s3.port()));
        }
        return new EmbeddedInfrastructure(kafka, postgres, s3, drills);
    }

    /**
     * The environment variables that point a service (a process of its own) at these servers: the names the services
     * read everywhere (README, configuration).
     */
    public java.util.Map<String, String> serviceEnvironment() {
        java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        environment.put("DATABASE_URL", jdbcUrl());
        environment.put("DATABASE_USER", databaseUser());
        environment.put("DATABASE_PASSWORD", "");
        environment.put("S3_ENDPOINT", s3Endpoint());
        environment.put("S3_ACCESS_KEY", EmbeddedS3.ACCESS_KEY);
        environment.put("S3_SECRET_KEY", EmbeddedS3.SECRET_KEY);
        environment.put("S3_PATH_STYLE", "true");
        return environment;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    /** The services' address of the database (through the drill proxy when there is one). */
    public String jdbcUrl() {
        OutageProxy proxy = drills.get(Dependency.POSTGRES);
        return "jdbc:postgresql://localhost:" + (proxy != null ? proxy.port() : postgres.getPort()) + "/postgres";
    }

    public String databaseUser() {
        return "postgres";
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The services' address of S3 (through the drill proxy when there is one). */
    public String s3Endpoint() {
        OutageProxy proxy = drills.get(Dependency.S3);
        return proxy != null ? "http://127.0.0.1:" + proxy.port() : s3.endpoint();
    }

    /**
     * Stops the Kafka broker (the KRaft controller stays up, as a broker restart in a cluster leaves it); only with
     * {@code outageDrills}. {@link #startKafkaBroker} brings it back on the same port with the same data.
     */
    public void stopKafkaBroker() {
        if (drills.isEmpty()) {
            throw new IllegalStateException("started without outage drills");
        }
        var brokers = kafka.getCluster().brokers().values();
        brokers.forEach(broker -> broker.shutdown());
        brokers.forEach(broker -> broker.awaitShutdown());
    }

    public void startKafkaBroker() throws Exception {
        kafka.getCluster().brokers().values().forEach(broker -> broker.startup());
        kafka.getCluster().waitForReadyBrokers();
    }

    /** The switch for a dependency's outage; only with {@code outageDrills}. */
    public OutageProxy drill(Dependency dependency) {
        OutageProxy proxy = drills.get(dependency);
        if (proxy == null) {
            throw new IllegalStateException("started without outage drills");
        }
        return proxy;
    }

    @Override
    public void close() throws Exception {
        drills.values().forEach(OutageProxy::close);
        s3.close();
        postgres.close();
        kafka.destroy();
    }
}
