package io.ugcbot.localstack.bench;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.localstack.LocalStack;
import io.ugcbot.localstack.support.FakeFalQueue;
import io.ugcbot.localstack.support.ServiceProcess;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.localstack.telegram.TelegramEmulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/bench-platform} (a benchmark, not a test): what the platform itself costs. Every service a process of its
 * own (one instance each, the JIT as in production), fal answering at once, and {@code -Dusers=30} simulated users in
 * parallel, each making {@code -Dwarmup=1} unmeasured and then {@code -Drounds=3} measured paid videos through the
 * emulator. Prints confirm → video delivered (p50, p90, p99, max; the moment the emulator receives the video, not a
 * poll) and the CPU milliseconds per generation of each service (the operating system's count for the process over
 * the measured rounds, the speech step included). Goal: p50 ≤ 150 ms, p99 ≤ 500 ms on two cores.
 */
public final class PlatformBenchmark {

    private static final int USERS = Integer.getInteger("users", 30);
    private static final int WARMUP = Integer.getInteger("warmup", 1);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    /** The bot's own send limit (TELEGRAM_MESSAGES_PER_SECOND, 25 in production: Telegram allows about 30). */
    private static final int TELEGRAM_PER_SECOND = Integer.getInteger("telegram.per.second", 25);
    private static final List<String> SERVICES = List.of("credits-service", "tts-service", "edit-service",
            "video-service", "storage-service", "gateway-bot");
    private static final long FIRST_USER = 8_900_000_000L;
    /** Services to record with Java Flight Recorder: {@code -Dprofile=gateway-bot,video-service}. */
    private static final List<String> PROFILED = List.of(System.getProperty("profile", "").split(","));

    private PlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bench-platform");
        Path clip = dir.resolve("head.mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "testsrc=s=360x640:d=2:r=25", "-f", "lavfi", "-i", "sine=d=2", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clip.toString()), Duration.ofMinutes(1));
        Map<String, ServiceProcess> processes = new LinkedHashMap<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.values().forEach(ServiceProcess::kill)));
        try (Infrastructure infrastructure = Infrastructure.start(dir.resolve("data"), 0, 0);
             TelegramEmulator emulator = new TelegramEmulator(LocalStack.EMULATOR_TOKEN, 0);
             FakeProvider fal = FakeProvider.start(new FakeFalQueue(Files.readAllBytes(clip), 0, 0, 0)::answer)) {
            Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
            environment.put("TELEGRAM_BOT_TOKEN", LocalStack.EMULATOR_TOKEN);
            environment.put("TELEGRAM_API_URL", emulator.apiUrl());
            environment.put("FAL_KEY", "bench-key");
            environment.put("FAL_QUEUE_URL", fal.url(""));
            environment.put("FAL_FIRST_POLL", "10ms");
            environment.put("FAL_MAX_POLL", "50ms");
            environment.put("MAX_TASKS_PER_USER_PER_HOUR", "1000");
            environment.put("TELEGRAM_MESSAGES_PER_SECOND", Integer.toString(TELEGRAM_PER_SECOND));
            for (String service : SERVICES) {
                List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
                if (PROFILED.contains(service)) {
                    // a flight recording of the whole run; read it with `jfr print --events jdk.ExecutionSample`
                    jvm.add("-XX:StartFlightRecording=settings=profile,filename="
                            + dir.resolve(service + ".jfr") + ",dumponexit=true");
                }
                processes.put(service, ServiceProcess.start(service, 0, environment, dir.resolve("logs"), jvm));
            }
            ServiceProcess.awaitAllReady(processes.values(), Duration.ofMinutes(5));

            Map<Long, CompletableFuture<Long>> awaitedVideo = new ConcurrentHashMap<>();
            Map<Long, List<long[]>> wallClock = new ConcurrentHashMap<>();
            emulator.telegram().observeBotMessages(message -> {
                if ("video".equals(message.mediaKind())) {
                    CompletableFuture<Long> waiting = awaitedVideo.remove(message.chatId());
                    if (waiting != null) {
                        List<long[]> generations = wallClock.get(message.chatId());
                        generations.getLast()[1] = System.currentTimeMillis();
                        waiting.complete(System.nanoTime());
                    }
                }
            });
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, Long> cpuBefore = new ConcurrentHashMap<>();
            // every user finishes the warm-up before the CPU clocks are read and the measured rounds start
            long[] telegramCallsBefore = new long[1];
            CyclicBarrier warmedUp = new CyclicBarrier(USERS, () -> {
                processes.forEach((name, process) -> cpuBefore.put(name, process.cpuTime().toMillis()));
                telegramCallsBefore[0] = telegramCalls(emulator);
            });
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                TelegramUser user = new TelegramUser(emulator.telegram(), FIRST_USER + u, "en");
                running.add(users.submit(() -> {
                    user.says("/start");
                    user.awaitsMessage(m -> text(m).contains("Welcome bonus"), Duration.ofMinutes(2));
                    for (int round = 0; round < WARMUP + ROUNDS; round++) {
                        if (round == WARMUP) {
                            warmedUp.await();
                        }
                        long latency = generation(user, emulator, awaitedVideo, wallClock, round);
                        if (round >= WARMUP) {
                            latencies.add(latency);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            users.shutdown();
            Map<String, Long> cpuAfter = new LinkedHashMap<>();
            processes.forEach((name, process) -> cpuAfter.put(name, process.cpuTime().toMillis()));
            print(latencies, cpuBefore, cpuAfter, telegramCalls(emulator) - telegramCallsBefore[0]);
            printStages(processes);
            printPath(new KafkaTopics(infrastructure.kafkaBootstrapServers()), wallClock);
            if (!PROFILED.equals(List.of(""))) {
                System.out.println("  flight recordings (written as the services stop): " + dir + "/*.jfr");
            }
        } finally {
            processes.values().forEach(ServiceProcess::close);
        }
    }

    /** One paid video; returns nanoseconds from the confirm tap to the video's arrival in the chat. */
    private static long generation(TelegramUser user, TelegramEmulator emulator,
                                   Map<Long, CompletableFuture<Long>> awaitedVideo, Map<Long, List<long[]>> wallClock,
                                   int round) throws Exception {
        int speeches = count(user, "audio");
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data("en-female-1"));
        user.says("Platform benchmark line " + round + ".");
        user.awaitsMessage(m -> count(user, "audio") > speeches, Duration.ofMinutes(2));
        ChatMessage review = user.awaitsMessage(m -> m.buttons().stream().flatMap(List::stream)
                .anyMatch(button -> button.callbackData().equals("confirm")));
        CompletableFuture<Long> video = new CompletableFuture<>();
        wallClock.computeIfAbsent(user.id(), id -> Collections.synchronizedList(new ArrayList<>()))
                .add(new long[]{System.currentTimeMillis(), 0});
        awaitedVideo.put(user.id(), video);
        long confirmed = System.nanoTime();
        emulator.telegram().userTapsButton(user.id(), review.messageId(), "confirm");
        return video.get(2, TimeUnit.MINUTES) - confirmed;
    }

    /** Messages the bot sent and edits it made, in every user's chat: what Telegram's rate limit counts. */
    private static long telegramCalls(TelegramEmulator emulator) {
        long calls = 0;
        for (int u = 0; u < USERS; u++) {
            for (ChatMessage message : emulator.telegram().messages(FIRST_USER + u)) {
                calls += message.fromBot() ? 1 + message.editCount() : 0;
            }
        }
        return calls;
    }

    private static void print(List<Long> latencies, Map<String, Long> cpuBefore, Map<String, Long> cpuAfter,
                              long telegramCalls) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf("%nPlatform: %d users in parallel, %d measured generations (after %d warm-up each), fal "
                + "answering at once, the bot sending at most %d Telegram messages a second%n", USERS, n, WARMUP,
                TELEGRAM_PER_SECOND);
        System.out.printf("  confirm -> video delivered: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (goal: p50 <= 150, "
                        + "p99 <= 500)%n", percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.get(n - 1) / 1_000_000);
        System.out.printf("  Telegram sends and edits per generation (speech included): %.1f%n",
                (double) telegramCalls / n);
        System.out.println("  CPU per generation (ms, speech included):");
        long total = 0;
        for (String service : SERVICES) {
            long used = cpuAfter.get(service) - cpuBefore.get(service);
            total += used;
            System.out.printf("    %-16s %6.1f%n", service, (double) used / n);
        }
        System.out.printf("    %-16s %6.1f%n", "all", (double) total / n);
    }

    /**
     * Where the time goes, from the services' own timers (whole run, warm-up included): the mean of each
     * {@code _seconds} summary that says something about one generation's path.
     */
    private static void printStages(Map<String, ServiceProcess> processes) {
        System.out.println("  mean time per step, from the services' metrics (ms):");
        Pattern sample = Pattern.compile("^(ugc_[a-z_]+_seconds)_(sum|count)\\{([^}]*)\\} ([0-9.eE+-]+)$");
        processes.forEach((name, process) -> {
            Map<String, double[]> sums = new java.util.TreeMap<>();
            for (String line : process.metrics().split("\n")) {
                Matcher m = sample.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String labels = m.group(3).replaceAll("service=\"[^\"]*\",?", "")
                        .replaceAll("(consumer|instance)=\"[^\"]*\",?", "").replaceAll(",$", "");
                double[] sumAndCount = sums.computeIfAbsent(m.group(1) + "{" + labels + "}", k -> new double[2]);
                sumAndCount[m.group(2).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(4));
            }
            sums.forEach((series, sumAndCount) -> {
                if (sumAndCount[1] > 0) {
                    System.out.printf("    %-16s %-70s %7.1f  (%d)%n", name, series,
                            sumAndCount[0] / sumAndCount[1] * 1000, (long) sumAndCount[1]);
                }
            });
        });
    }

    /**
     * One generation's path, step by step, from the records themselves: each record's {@code ce_time} (written to the
     * outbox, in the producing service's transaction) and its Kafka timestamp (the relay sent it), between the confirm
     * tap and the video's arrival. Medians over the measured generations.
     */
    private static void printPath(KafkaTopics kafka, Map<Long, List<long[]>> wallClock) {
        Pattern generation = Pattern.compile("\"generationId\":\"([0-9a-f-]{36})\"");
        Pattern user = Pattern.compile("\"userId\":([0-9]+)");
        Map<String, Map<String, long[]>> byGeneration = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : kafka.readAll(r -> true)) {
            Matcher id = generation.matcher(record.value());
            String type = header(record, CloudEventHeaders.TYPE);
            if (!id.find() || type == null) {
                continue;
            }
            String step = type.equals("video.VideoProgress.v1")
                    ? (record.value().contains("\"RENDERING\"") ? "rendering started" : null)
                    : type.replaceAll("^[a-z]+\\.|\\.v1$", "");
            if (step == null) {
                continue;
            }
            long written = Instant.parse(header(record, CloudEventHeaders.TIME)).toEpochMilli();
            byGeneration.computeIfAbsent(id.group(1), k -> new LinkedHashMap<>())
                    .putIfAbsent(step, new long[]{written, record.timestamp()});
            if (step.equals("GenerationRequested")) {
                Matcher owner = user.matcher(record.value());
                if (owner.find()) {
                    byGeneration.get(id.group(1)).put("user " + owner.group(1), new long[]{written, 0});
                }
            }
        }
        // each user's generations in the order they were requested, matched with the taps and arrivals measured
        Map<String, List<Long>> segments = new LinkedHashMap<>();
        wallClock.forEach((userId, measured) -> {
            List<Map<String, long[]>> mine = byGeneration.values().stream()
                    .filter(steps -> steps.containsKey("user " + userId))
                    .sorted(java.util.Comparator.comparingLong(steps -> steps.get("GenerationRequested")[0]))
                    .toList();
            List<long[]> taps = measured.subList(measured.size() - ROUNDS, measured.size());
            List<Map<String, long[]>> measuredSteps = mine.subList(mine.size() - ROUNDS, mine.size());
            for (int i = 0; i < ROUNDS; i++) {
                Map<String, long[]> steps = measuredSteps.get(i);
                if (!steps.containsKey("CreditsReserved") || !steps.containsKey("VideoReady")
                        || !steps.containsKey("rendering started")) {
                    continue;
                }
                long[] tap = taps.get(i);
                long[] requested = steps.get("GenerationRequested");
                long[] reserved = steps.get("CreditsReserved");
                long[] ready = steps.get("VideoReady");
                add(segments, "gateway: confirm tap -> GenerationRequested written", requested[0] - tap[0]);
                add(segments, "gateway relay -> Kafka", requested[1] - requested[0]);
                add(segments, "credits: consumed, reserved, CreditsReserved written", reserved[0] - requested[1]);
                add(segments, "credits relay -> Kafka", reserved[1] - reserved[0]);
                add(segments, "video: job queued and claimed", steps.get("rendering started")[0] - reserved[1]);
                add(segments, "video: rendered (fal), stored, VideoReady written",
                        ready[0] - steps.get("rendering started")[0]);
                add(segments, "video relay -> Kafka", ready[1] - ready[0]);
                add(segments, "gateway: consumed, video read and sent to Telegram", tap[1] - ready[1]);
            }
        });
        System.out.println("  one generation's path, median per step (ms):");
        segments.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("    %-58s %6d%n", step, sorted.get(sorted.size() / 2));
        });
    }

    private static void add(Map<String, List<Long>> segments, String step, long millis) {
        segments.computeIfAbsent(step, k -> new ArrayList<>()).add(millis);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }

    private static int count(TelegramUser user, String mediaKind) {
        return (int) user.botMessages().stream().filter(m -> mediaKind.equals(m.mediaKind())).count();
    }

    private static String text(ChatMessage message) {
        return message.text() == null ? "" : message.text();
    }
}
