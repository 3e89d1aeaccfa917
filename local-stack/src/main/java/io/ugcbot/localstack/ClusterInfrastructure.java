package io.ugcbot.localstack;

import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.Servers;
import io.ugcbot.localstack.telegram.TelegramEmulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The infrastructure of {@code bin/run-cluster}, on its own: Kafka (KRaft), PostgreSQL and S3 servers and, without
 * {@code TELEGRAM_BOT_TOKEN}, the Telegram emulator, started once for services that run as processes of their own.
 * Writes {@code <CLUSTER_DIR>/cluster.env}: the environment variables that point a service (or a tool) at them, the
 * same names the services read everywhere else.
 */
final class ClusterInfrastructure {

    private ClusterInfrastructure() {
    }

    static void run() throws Exception {
        Path dir = Path.of(System.getenv().getOrDefault("CLUSTER_DIR", ".cluster")).toAbsolutePath();
        Files.createDirectories(dir);
        Infrastructure infrastructure = Infrastructure.start(Servers.EMBEDDED, dir.resolve("data"),
                env("POSTGRES_PORT", 15432), env("S3_PORT", 9000), Map.of(), false);
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        TelegramEmulator emulator = token == null || token.isBlank()
                ? new TelegramEmulator(LocalStack.EMULATOR_TOKEN, env("EMULATOR_PORT", 8090)) : null;
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.put("TELEGRAM_BOT_TOKEN", emulator != null ? LocalStack.EMULATOR_TOKEN : token);
        environment.put("TELEGRAM_API_URL", emulator != null ? emulator.apiUrl()
                : System.getenv().getOrDefault("TELEGRAM_API_URL", "https://api.telegram.org"));
        if (emulator != null) {
            environment.put("EMULATOR_URL", "http://127.0.0.1:" + emulator.port() + "/");
        }
        // written whole, then moved: the script waiting for it never reads half a file
        Path partial = dir.resolve("cluster.env.partial");
        Files.writeString(partial, environment.entrySet().stream()
                .map(entry -> entry.getKey() + "='" + entry.getValue() + "'").collect(Collectors.joining("\n", "", "\n")));
        Files.move(partial, dir.resolve("cluster.env"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Infrastructure ready: Kafka " + FixedKafkaPort.open(infrastructure) + ", "
                + infrastructure.jdbcUrl() + ", " + infrastructure.s3Endpoint()
                + (emulator != null ? ", Telegram emulator on port " + emulator.port() : ""));
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : List.of("INT", "TERM")) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.countDown());
        }
        stop.await();
        try {
            if (emulator != null) {
                emulator.close();
            }
            infrastructure.close();
        } finally {
            System.exit(0);
        }
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
