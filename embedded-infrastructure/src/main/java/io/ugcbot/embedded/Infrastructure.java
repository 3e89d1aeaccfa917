package io.ugcbot.embedded;

import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka, PostgreSQL and S3, started together: Kafka and PostgreSQL {@link Servers embedded or in containers}, S3Proxy
 * in this JVM.
 */
public final class Infrastructure implements AutoCloseable {

    /** A server whose outage can be drilled. */
    public enum Dependency { POSTGRES, S3 }

    private final KafkaServer kafka;
    private final PostgresServer postgres;
    private final EmbeddedS3 s3;
    private final Map<Dependency, OutageProxy> drills;

    private Infrastructure(KafkaServer kafka, PostgresServer postgres, EmbeddedS3 s3,
                           Map<Dependency, OutageProxy> drills) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.s3 = s3;
        this.drills = drills;
    }

    /** Embedded servers; starts clean: whatever an earlier run left in {@code dataDir} (it may have been killed) goes. */
    public static Infrastructure start(Path dataDir, int postgresPort, int s3Port) throws Exception {
        return start(dataDir, postgresPort, s3Port, Map.of());
    }

    /** The same, with PostgreSQL server settings (a benchmark preloads {@code pg_stat_statements} this way). */
    public static Infrastructure start(Path dataDir, int postgresPort, int s3Port,
                                       Map<String, String> postgresSettings) throws Exception {
        return start(Servers.EMBEDDED, dataDir, postgresPort, s3Port, postgresSettings, false);
    }

    /**
     * With {@code outageDrills}, the services reach PostgreSQL and S3 through an {@link OutageProxy} each (the
     * addresses this class hands out), so a test can take either away and bring it back; {@link #dataSource()} stays
     * direct, for the test's own looks into the database.
     */
    public static Infrastructure start(Servers servers, Path dataDir, int postgresPort, int s3Port,
                                       Map<String, String> postgresSettings, boolean outageDrills)
            throws Exception {
        Path root = dataDir.toAbsolutePath();
        FileSystemUtils.deleteRecursively(root.resolve("postgres"));
        FileSystemUtils.deleteRecursively(root.resolve("s3"));
        KafkaServer kafka = KafkaServer.start(servers);
        PostgresServer postgres;
        try {
            postgres = PostgresServer.start(servers, root.resolve("postgres"), postgresPort, postgresSettings);
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
        EmbeddedS3 s3 = new EmbeddedS3(root.resolve("s3"), s3Port);
        Map<Dependency, OutageProxy> drills = new EnumMap<>(Dependency.class);
        if (outageDrills) {
            drills.put(Dependency.POSTGRES, new OutageProxy("postgres", postgres.port()));
            drills.put(Dependency.S3, new OutageProxy("s3", s3.port()));
        }
        return new Infrastructure(kafka, postgres, s3, drills);
    }

    /**
     * The environment variables that point a service (a process of its own) at these servers: the names the services
     * read everywhere (README, configuration).
     */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        environment.put("DATABASE_URL", jdbcUrl());
        environment.put("DATABASE_USER", databaseUser());
        environment.put("DATABASE_PASSWORD", databasePassword());
        environment.put("S3_ENDPOINT", s3Endpoint());
        environment.put("S3_ACCESS_KEY", EmbeddedS3.ACCESS_KEY);
        environment.put("S3_SECRET_KEY", EmbeddedS3.SECRET_KEY);
        environment.put("S3_PATH_STYLE", "true");
        return environment;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The services' address of the database (through the drill proxy when there is one). */
    public String jdbcUrl() {
        OutageProxy proxy = drills.get(Dependency.POSTGRES);
        return "jdbc:postgresql://localhost:" + (proxy != null ? proxy.port() : postgres.port()) + "/"
                + PostgresServer.DATABASE;
    }

    public String databaseUser() {
        return PostgresServer.USER;
    }

    /** Empty for the embedded server (it trusts local connections); generated per run for a container. */
    public String databasePassword() {
        return postgres.password();
    }

    public DataSource dataSource() {
        return postgres.dataSource();
    }

    /** The services' address of S3 (through the drill proxy when there is one). */
    public String s3Endpoint() {
        OutageProxy proxy = drills.get(Dependency.S3);
        return proxy != null ? "http://127.0.0.1:" + proxy.port() : s3.endpoint();
    }

    /**
     * Takes the Kafka broker away (only with {@code outageDrills}); {@link #startKafkaBroker} brings it back on the
     * same address with the same data.
     */
    public void stopKafkaBroker() {
        if (drills.isEmpty()) {
            throw new IllegalStateException("started without outage drills");
        }
        kafka.stopBroker();
    }

    public void startKafkaBroker() throws Exception {
        kafka.startBroker();
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
        kafka.close();
    }
}
