package io.ugcbot.localstack;

import io.ugcbot.credits.CreditsApplication;
import io.ugcbot.edit.EditApplication;
import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.embedded.Servers;
import io.ugcbot.localstack.telegram.TelegramEmulator;
import io.ugcbot.storage.StorageApplication;
import io.ugcbot.tts.TtsApplication;
import io.ugcbot.video.VideoApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Starts everything the product needs on one machine and stops it in reverse order. Used by
 * {@link LocalStackApplication} and by the end-to-end tests, so both run exactly the same wiring.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** The token the emulator accepts; only ever used against the local emulator. */
    public static final String EMULATOR_TOKEN = "123456:LOCAL-EMULATOR-TOKEN";
    private static final Duration CATALOG_TIMEOUT = Duration.ofSeconds(60);
    /** Far above the 20–25 s a start takes on two cores: past it something is stuck, and waiting longer won't help. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /**
     * @param telegramToken  a real bot token, or null to run the Telegram emulator
     * @param telegramApiUrl where the real token is used (Telegram or a self-hosted Bot API server)
     * @param servicePorts   fixed HTTP ports per service name, or empty for random ones
     * @param managementPorts fixed management ports (health, metrics, the tools' endpoints) per service name; a
     *                       service not named gets a random one
     * @param properties     extra settings applied to every service (tests use them for fault injection)
     * @param outageDrills   the services reach PostgreSQL and S3 through proxies a test can cut (see
     *                       {@link Infrastructure#drill})
     * @param servers        where Kafka and PostgreSQL run (the product's local run: embedded; tests: as
     *                       {@link io.ugcbot.embedded.ServerChoice} decides)
     */
    public record Settings(Path dataDir, int postgresPort, int s3Port, int emulatorPort, String telegramToken,
                           String telegramApiUrl, Map<String, Integer> servicePorts,
                           Map<String, Integer> managementPorts, Map<String, String> properties,
                           boolean outageDrills, Servers servers) {
    }

    private final Infrastructure infrastructure;
    private final TelegramEmulator emulator;
    private final Map<String, ConfigurableApplicationContext> services;
    private final List<String> serviceArguments;

    private LocalStack(Infrastructure infrastructure, TelegramEmulator emulator,
                       Map<String, ConfigurableApplicationContext> services, List<String> serviceArguments) {
        this.infrastructure = infrastructure;
        this.emulator = emulator;
        this.services = services;
        this.serviceArguments = serviceArguments;
    }

    public static LocalStack start(Settings settings) throws Exception {
        // One JVM, six Spring contexts: logging is configured once from logback.xml instead of by each context.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Infrastructure infrastructure = Infrastructure.start(settings.servers(), settings.dataDir(),
                settings.postgresPort(), settings.s3Port(), Map.of(), settings.outageDrills());
        TelegramEmulator emulator = settings.telegramToken() == null
                ? new TelegramEmulator(EMULATOR_TOKEN, settings.emulatorPort()) : null;
        Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();
        List<String> shared = sharedArguments(infrastructure, settings);
        try {
            Map<String, Supplier<SpringApplicationBuilder>> backends = new LinkedHashMap<>();
            backends.put(CreditsApplication.NAME, CreditsApplication::builder);
            backends.put(TtsApplication.NAME, TtsApplication::builder);
            backends.put(EditApplication.NAME, EditApplication::builder);
            backends.put(VideoApplication.NAME, VideoApplication::builder);
            backends.put(StorageApplication.NAME, StorageApplication::builder);
            // the backends start side by side; the gateway last, so the first update finds everyone listening
            Map<String, CompletableFuture<ConfigurableApplicationContext>> starting = new LinkedHashMap<>();
            ClassLoader classLoader = LocalStack.class.getClassLoader();
            // daemon threads, and no try-with-resources: a context stuck in its start must not hold the JVM or this
            // method (closing an executor waits for its tasks)
            ExecutorService starter = Executors.newThreadPerTaskExecutor(
                    Thread.ofPlatform().name("start-", 0).daemon().factory());
            backends.forEach((name, builder) -> starting.put(name, CompletableFuture.supplyAsync(() -> {
                // inside the fat jar, classes come from Boot's loader, not the system one
                Thread.currentThread().setContextClassLoader(classLoader);
                // storage-service fetches users' uploads from Telegram, so it gets the bot's address too
                List<String> extra = name.equals(StorageApplication.NAME)
                        ? storageTelegramArguments(settings, emulator) : List.of();
                return run(builder.get(), name, shared, settings, extra);
            }, starter)));
            starter.shutdown();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            for (var entry : starting.entrySet()) {
                services.put(entry.getKey(), started(entry.getKey(), entry.getValue(), deadline));
            }
            services.put(GatewayApplication.NAME, run(GatewayApplication.builder(), GatewayApplication.NAME, shared,
                    settings, telegramArguments(settings, emulator)));
            awaitVoiceCatalog(infrastructure);
        } catch (RuntimeException e) {
            new LocalStack(infrastructure, emulator, services, shared).close();
            throw e;
        }
        return new LocalStack(infrastructure, emulator, services, shared);
    }

    /** A backend's context once started; a start that fails or hangs ends the whole start with its reason. */
    private static ConfigurableApplicationContext started(String name,
                                                          CompletableFuture<ConfigurableApplicationContext> start,
                                                          long deadline) {
        try {
            return start.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the threads' stacks are the only clue to a hang, and a CI log is all there is afterwards
            log.error("{} did not start within {}; the stacks of all threads:\n{}", name, START_TIMEOUT,
                    ThreadDump.ofAllThreads());
            throw new IllegalStateException(name + " did not start within " + START_TIMEOUT);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " was starting", e);
        }
    }

    /**
     * Ready means usable: a user who taps "create" at once must be offered voices, and those reach the gateway from
     * tts-service's catalog topic a moment after both are up.
     */
    private static void awaitVoiceCatalog(Infrastructure infrastructure) {
        JdbcClient jdbc = JdbcClient.create(infrastructure.dataSource());
        long deadline = System.nanoTime() + CATALOG_TIMEOUT.toNanos();
        while (jdbc.sql("select count(*) from gateway.voice_option").query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the gateway received no voice catalog within " + CATALOG_TIMEOUT);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static List<String> sharedArguments(Infrastructure infrastructure, Settings settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.datasource.url=" + infrastructure.jdbcUrl(),
                "--spring.datasource.username=" + infrastructure.databaseUser(),
                "--spring.datasource.password=" + infrastructure.databasePassword(),
                "--ugc.s3.endpoint=" + infrastructure.s3Endpoint(),
                "--ugc.s3.access-key=" + EmbeddedS3.ACCESS_KEY,
                "--ugc.s3.secret-key=" + EmbeddedS3.SECRET_KEY,
                "--ugc.s3.path-style=true",
                // links for users and providers are signed for the public name of the storage, not the internal one
                // (here the same server by another name, which is what DownloadLinkIT checks)
                "--ugc.s3.public-endpoint=" + infrastructure.s3Endpoint().replace("127.0.0.1", "localhost")));
        settings.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    private static List<String> telegramArguments(Settings settings, TelegramEmulator emulator) {
        if (emulator != null) {
            return List.of("--gateway.telegram.token=" + EMULATOR_TOKEN,
                    "--gateway.telegram.api-url=" + emulator.apiUrl());
        }
        return List.of("--gateway.telegram.token=" + settings.telegramToken(),
                "--gateway.telegram.api-url=" + settings.telegramApiUrl());
    }

    private static List<String> storageTelegramArguments(Settings settings, TelegramEmulator emulator) {
        if (emulator != null) {
            return List.of("--storage.telegram.token=" + EMULATOR_TOKEN,
                    "--storage.telegram.api-url=" + emulator.apiUrl());
        }
        return List.of("--storage.telegram.token=" + settings.telegramToken(),
                "--storage.telegram.api-url=" + settings.telegramApiUrl());
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder builder, String name,
                                                      List<String> shared, Settings settings, List<String> extra) {
        List<String> args = new ArrayList<>(shared);
        args.addAll(extra);
        args.add("--server.port=" + settings.servicePorts().getOrDefault(name, 0));
        // health, metrics and the tools' endpoints on a port of their own, as deployed; any free one where the tests'
        // services (and their extra instances) share the machine
        args.add("--management.server.port=" + settings.managementPorts().getOrDefault(name, 0));
        return builder.registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    /**
     * The arguments every service got (infrastructure addresses and credentials), to start one more instance, with its
     * management port left to chance.
     */
    public List<String> serviceArguments() {
        List<String> args = new ArrayList<>(serviceArguments);
        args.add("--management.server.port=0");
        return args;
    }

    public TelegramEmulator emulator() {
        return emulator;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public ConfigurableApplicationContext service(String name) {
        return services.get(name);
    }

    public Map<String, ConfigurableApplicationContext> services() {
        return services;
    }

    /** The HTTP port a service serves its API on (its health is on {@link #managementPort}). */
    public int port(String name) {
        return Integer.parseInt(services.get(name).getEnvironment().getProperty("local.server.port", "0"));
    }

    /** The port of a service's actuator endpoints (health, readiness, metrics), apart from the one users reach. */
    public int managementPort(String name) {
        return Integer.parseInt(services.get(name).getEnvironment().getProperty("local.management.port", "0"));
    }

    @Override
    public void close() throws Exception {
        List<String> names = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            services.get(name).close();
        }
        if (emulator != null) {
            emulator.close();
        }
        infrastructure.close();
    }
}
