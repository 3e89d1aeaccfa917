package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.ServerChoice;
import io.ugcbot.localstack.support.Databases;
import io.ugcbot.localstack.support.ServiceProcess;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.localstack.telegram.TelegramEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.ugcbot.ops.OpsCli;
import io.ugcbot.ops.OpsSettings;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The product as a cluster of processes: each service its own JVM from its own jar, video-service twice, on one
 * Kafka, PostgreSQL and S3, as {@code bin/run-cluster} and a container deployment run it. The video instance that
 * is rendering is killed with SIGKILL mid-render; the other takes the job over when its lease runs out, and the user
 * gets the video, charged once; {@code bin/trace} then tells that generation's story from the cluster.
 */
class ProcessClusterIT {

    private static final String SLOW = "SLOWRENDER";
    private static final List<String> SINGLE = List.of("credits-service", "tts-service", "edit-service",
            "storage-service", "gateway-bot");

    private static Infrastructure infrastructure;
    private static TelegramEmulator emulator;
    private static final List<ServiceProcess> processes = new ArrayList<>();
    private static final List<ServiceProcess> videos = new ArrayList<>();
    private static Map<String, String> environment;
    private static Path logs;

    @BeforeAll
    static void startCluster() throws Exception {
        Path dir = Path.of("target", "process-cluster").toAbsolutePath();
        logs = dir.resolve("logs");
        infrastructure = Infrastructure.start(ServerChoice.forTests(), dir.resolve("data"), 0, 0, Map.of(), false);
        emulator = new TelegramEmulator(LocalStack.EMULATOR_TOKEN, 0);
        environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.put("KAFKA_PARTITIONS", "3");
        environment.put("TELEGRAM_BOT_TOKEN", LocalStack.EMULATOR_TOKEN);
        environment.put("TELEGRAM_API_URL", emulator.apiUrl());
        // a killed renderer's job is taken over this long after its last sign of life (10 min by default)
        environment.put("VIDEO_JOB_LEASE", "20s");
        environment.put("VIDEO_SLOW_SCRIPT_MARKER", SLOW);
        environment.put("VIDEO_WIDTH", "360");
        environment.put("VIDEO_HEIGHT", "640");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(ServiceProcess::kill)));
        for (int i = 0; i < 2; i++) {
            videos.add(start("video-service", i));
        }
        for (String service : SINGLE) {
            start(service, 0);
        }
        ServiceProcess.awaitAllReady(processes, Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        processes.forEach(ServiceProcess::close);
        if (emulator != null) {
            emulator.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void shouldDeliverThePaidVideoOnceWhenTheRenderingInstanceIsKilledMidRender() {
        TelegramUser user = new TelegramUser(emulator.telegram(), 7_700_000_001L, "en");
        user.says("/start");
        user.awaitsText("Welcome bonus: +10 credits. Balance: 10.");
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data("en-female-1"));
        user.says("Two renderers, one of them about to die. " + SLOW);
        user.awaitsMessage(message -> TelegramUser.isSpeech(message));
        user.taps(Action.CONFIRM);

        Databases databases = new Databases(infrastructure.dataSource());
        UUID generation = await().atMost(Duration.ofSeconds(30))
                .until(() -> databases.latestGenerationOrNull(user.id()), id -> id != null);
        ServiceProcess renderer = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> videos.stream().filter(video -> video.logText().contains("Rendering generation "
                        + generation)).findFirst().orElse(null), found -> found != null);
        renderer.kill();

        ChatMessage video = user.awaitsMessage(message -> "video".equals(message.mediaKind()), Duration.ofMinutes(3));

        assertThat(video).isNotNull();
        ServiceProcess survivor = videos.stream().filter(ServiceProcess::alive).findFirst().orElseThrow();
        assertThat(survivor.logText()).as("the other instance took the job over")
                .contains("Rendering generation " + generation);
        await().atMost(Duration.ofSeconds(30)).until(() -> databases.ledgerRows(generation, "CAPTURE") == 1);
        assertThat(databases.reservationStatus(generation)).isEqualTo("CAPTURED");
        assertThat(databases.availableCredits(user.id())).isEqualTo(9);
        assertThat(user.botMessages()).filteredOn(message -> "video".equals(message.mediaKind())).hasSize(1);

        // bin/trace works on a cluster of processes too: the story across both renderers, each service's own state
        String trace = trace(generation);
        assertThat(trace).contains("GenerationRequested → CreditsReserved → VideoProgress")
                .contains("→ VideoReady → CreditsCaptured  ✓").contains("\"table\":\"render_job\"")
                .contains("\"status\":\"DONE\"").doesNotContain("unreachable");
    }

    private static String trace(UUID generation) {
        Map<String, String> urls = new LinkedHashMap<>();
        processes.stream().filter(ServiceProcess::alive).forEach(process ->
                urls.putIfAbsent(process.name().substring(0, process.name().indexOf('#')), process.managementUrl()));
        StringWriter out = new StringWriter();
        int exit = OpsCli.run(new OpsSettings(infrastructure.kafkaBootstrapServers(), urls), new PrintWriter(out, true),
                new PrintWriter(out, true), "trace", generation.toString());
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private static ServiceProcess start(String service, int instance) {
        ServiceProcess process = ServiceProcess.start(service, instance, environment, logs);
        processes.add(process);
        return process;
    }
}
