package io.ugcbot.localstack;

import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.embedded.Servers;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/run-local}: starts the whole product on this machine and prints where everything is. Without
 * {@code TELEGRAM_BOT_TOKEN} the gateway talks to the built-in Telegram emulator and its chat page. State lives in
 * {@code LOCAL_STACK_DIR} and starts clean each run. With {@code --infrastructure-only} it starts only the servers and
 * the emulator, for {@code bin/run-cluster} ({@link ClusterInfrastructure}).
 */
public final class LocalStackApplication {

    private LocalStackApplication() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--infrastructure-only")) {
            ClusterInfrastructure.run();
            return;
        }
        if (List.of(args).contains("--emulator-only")) {
            ChatDriver.emulatorOnly();
            return;
        }
        if (args.length > 0 && args[0].equals("--chat")) {
            ChatDriver.run(args);
            return;
        }
        long started = System.nanoTime();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(GatewayApplication.NAME, env("GATEWAY_PORT", 8081));
        ports.put("credits-service", env("CREDITS_PORT", 8082));
        ports.put("tts-service", env("TTS_PORT", 8083));
        ports.put("edit-service", env("EDIT_PORT", 8084));
        ports.put("video-service", env("VIDEO_PORT", 8085));
        ports.put("storage-service", env("STORAGE_PORT", 8086));
        // the ports every service defaults to when deployed, where the tools (bin/trace, bin/replay) look first
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        ports.forEach((name, port) -> managementPorts.put(name, freeOrAny(port + 1000)));
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        Path dataDir = Path.of(System.getenv().getOrDefault("LOCAL_STACK_DIR", ".local-stack"));
        Files.createDirectories(dataDir);
        LocalStack stack = LocalStack.start(new LocalStack.Settings(dataDir, env("POSTGRES_PORT", 15432),
                env("S3_PORT", 9000), env("EMULATOR_PORT", 8090), token == null || token.isBlank() ? null : token,
                System.getenv().getOrDefault("TELEGRAM_API_URL", "https://api.telegram.org"), ports, managementPorts,
                Map.of(),
                false, Servers.EMBEDDED));
        CountDownLatch stopRequested = new CountDownLatch(1);
        stopOnSignals(stopRequested);
        printSummary(stack, FixedKafkaPort.open(stack.infrastructure()), (System.nanoTime() - started) / 1_000_000);
        stopRequested.await();
        System.out.println("Stopping…");
        try {
            stack.close();
        } finally {
            System.exit(0);
        }
    }

    /**
     * Ctrl+C and SIGTERM stop the stack before the JVM begins to shut down, not from a shutdown hook: the embedded
     * broker's own hook deletes its directory, hooks run side by side, and a broker still closing from ours logged
     * storage errors and failed consumers' LeaveGroup. A second signal exits at once.
     */
    @SuppressWarnings("sunapi")
    private static void stopOnSignals(CountDownLatch stopRequested) {
        for (String name : List.of("INT", "TERM")) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                if (stopRequested.getCount() == 0) {
                    System.exit(130);
                }
                stopRequested.countDown();
            });
        }
    }

    private static void printSummary(LocalStack stack, String kafka, long millis) {
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        StringBuilder out = new StringBuilder("\n==== UGC video bot: local stack ready in ")
                .append(String.format("%.1f s", millis / 1000.0)).append(" (heap in use ").append(heapMb)
                .append(" MB, resident ").append(residentMb()).append(" MB) ====\n");
        if (stack.emulator() != null) {
            out.append("  Chat with the bot:  http://127.0.0.1:").append(stack.emulator().port()).append("/\n");
        }
        out.append("  Kafka:      ").append(kafka).append(" (bin/trace, bin/replay, bin/dlt and kcat look there)\n");
        out.append("  PostgreSQL: ").append(stack.infrastructure().jdbcUrl()).append(" (user postgres)\n");
        out.append("  S3:         ").append(stack.infrastructure().s3Endpoint()).append('\n');
        stack.services().keySet().forEach(name -> out.append(String.format("  %-16s http://127.0.0.1:%d/actuator/health%n",
                name, stack.managementPort(name))));
        out.append("  Stop with Ctrl+C.\n");
        System.out.println(out);
    }

    private static long residentMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (Exception e) {
            return -1;
        }
    }

    /** The port when nothing listens on it, else 0 (any): a second local run must still start. */
    private static int freeOrAny(int port) {
        try (var socket = new java.net.ServerSocket(port)) {
            return port;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
