package io.ugcbot.localstack.support;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.ServerChoice;
import io.ugcbot.embedded.Infrastructure.Dependency;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.localstack.LocalStack;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.localstack.telegram.TelegramEmulator;
import io.ugcbot.kit.media.ExternalCommand;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The chaos drill behind {@code bin/chaos} and {@code ChaosIT}: the product as processes, two instances of every
 * service but the gateway, simulated users making paid videos through the Telegram emulator while fal fails a share
 * of its calls and takes 2–4 s, a random service process killed with SIGKILL every few seconds and started again, and
 * PostgreSQL and the broker taken away once each. Then it checks: every generation ended in a video or a refund to its
 * user, none lost, none charged twice, no video unpaid, no chat stuck, no dead letters, and each user's balance what
 * their videos say it must be (the welcome bonus less one credit per video).
 */
public final class ChaosDrill {

    private static final List<String> TWICE = List.of("credits-service", "tts-service", "edit-service",
            "video-service", "storage-service");
    private static final List<String> GROUPS = List.of("gateway-bot", "credits-service", "tts-service",
            "edit-service", "video-service", "storage-service");
    private static final long FIRST_USER = 8_800_000_000L;

    /**
     * @param postgresRound the chaos round (one every {@code killEvery}) that cuts PostgreSQL off for 20 s instead of
     *                      killing a process
     * @param brokerRound   the round that stops the broker for 15 s
     */
    public record Settings(int users, int generationsPerUser, Duration killEvery, double failures, long seed,
                           int postgresRound, int brokerRound) {
    }

    /** What happened and what the checks found. */
    public record Result(int confirmed, int videos, int refunds, int kills, Map<String, Integer> killed,
                         int exitedRestarted, boolean postgresCut, boolean brokerRestarted, Verdict verdict,
                         Duration took) {

        public void print(PrintStream out) {
            out.printf("  %d generations in %.1f min: %d videos, %d refunds; %d kills (%s), %d restarts of a process "
                            + "that had exited by itself, PostgreSQL away %s, broker restarted %s%n", confirmed,
                    took.toSeconds() / 60.0, videos, refunds, kills, killed, exitedRestarted,
                    postgresCut ? "once" : "never", brokerRestarted ? "once" : "never");
            verdict.print(out);
        }
    }

    private ChaosDrill() {
    }

    public static Result run(Settings settings, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("chaos");
        Path clip = dir.resolve("head.mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "testsrc=s=360x640:d=2:r=25", "-f", "lavfi", "-i", "sine=d=2", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clip.toString()), Duration.ofMinutes(1));
        long started = System.nanoTime();
        Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();
        // killed itself, the drill takes its processes with it
        Thread killAll = new Thread(() -> processes.values().forEach(ServiceProcess::kill));
        Runtime.getRuntime().addShutdownHook(killAll);
        try (Infrastructure infrastructure = Infrastructure.start(ServerChoice.forTests(), dir.resolve("data"),
                0, 0, Map.of(), true);
             TelegramEmulator emulator = new TelegramEmulator(LocalStack.EMULATOR_TOKEN, 0);
             FakeProvider fal = FakeProvider.start(new FakeFalQueue(Files.readAllBytes(clip), 2000, 4000,
                     settings.failures())::answer)) {
            Map<String, String> environment = environment(infrastructure, emulator, fal);
            for (String service : TWICE) {
                for (int i = 0; i < 2; i++) {
                    processes.put(service + "#" + i, ServiceProcess.start(service, i, environment, dir.resolve("logs")));
                }
            }
            processes.put("gateway-bot#0", ServiceProcess.start("gateway-bot", 0, environment, dir.resolve("logs")));
            ServiceProcess.awaitAllReady(processes.values(), Duration.ofMinutes(5));
            out.printf("%nChaos: %d users x %d generations, %d service processes, a kill every %d s, %.0f %% of "
                            + "provider calls failing%n", settings.users(), settings.generationsPerUser(),
                    processes.size(), settings.killEvery().toSeconds(), settings.failures() * 100);

            Outcomes outcomes = new Outcomes();
            ExecutorService users = Executors.newFixedThreadPool(settings.users());
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < settings.users(); u++) {
                TelegramUser user = new TelegramUser(emulator.telegram(), FIRST_USER + u, "en");
                running.add(users.submit(() -> simulate(user, settings.generationsPerUser(), outcomes)));
            }
            Chaos chaos = new Chaos(settings, processes, environment, dir.resolve("logs"), infrastructure, out);
            Thread chaosThread = Thread.ofPlatform().name("chaos").start(() -> chaos.run(running));
            for (Future<?> user : running) {
                user.get();
            }
            chaos.stop();
            chaosThread.join();
            users.shutdown();
            ServiceProcess.awaitAllReady(processes.values(), Duration.ofMinutes(5));
            // settled: every service has consumed everything and every outbox is empty, before anything is counted
            KafkaTopics kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());
            Databases databases = new Databases(infrastructure.dataSource());
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> kafka.caughtUp(GROUPS) && databases.everythingSent());
            Verdict verdict = check(infrastructure, settings.users(), outcomes, emulator);
            return new Result(outcomes.confirmed.get(), outcomes.videos.get(), outcomes.refunds.get(),
                    chaos.kills.get(), Map.copyOf(chaos.killed), chaos.exitedRestarted.get(), chaos.postgresDone,
                    chaos.brokerDone, verdict,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            processes.values().forEach(ServiceProcess::kill);
            Runtime.getRuntime().removeShutdownHook(killAll);
        }
    }

    /** One user: /start, then generations one after another, each until its video or its refund arrives. */
    private static void simulate(TelegramUser user, int generations, Outcomes outcomes) {
        try {
            user.says("/start");
            user.awaitsMessage(m -> text(m).contains("Welcome bonus"), Duration.ofMinutes(5));
            for (int g = 0; g < generations; g++) {
                int videos = count(user, m -> "video".equals(m.mediaKind()));
                int refunds = count(user, m -> text(m).contains("credit is back"));
                int speeches = count(user, m -> TelegramUser.isSpeech(m));
                user.taps(Action.CREATE);
                user.taps(Action.GENDER.data("FEMALE"));
                user.taps(Action.CHARACTER.data("anna"));
                user.taps(Action.VOICE.data("en-female-1"));
                user.says("Chaos line " + g + " of user " + user.id() + ".");
                user.awaitsMessage(m -> count(user, x -> TelegramUser.isSpeech(x)) > speeches,
                        Duration.ofMinutes(5));
                user.taps(Action.CONFIRM);
                outcomes.confirmed.incrementAndGet();
                user.awaitsMessage(m -> count(user, x -> "video".equals(x.mediaKind())) > videos
                        || count(user, x -> text(x).contains("credit is back")) > refunds, Duration.ofMinutes(8));
                if (count(user, m -> "video".equals(m.mediaKind())) > videos) {
                    outcomes.videos.incrementAndGet();
                } else {
                    outcomes.refunds.incrementAndGet();
                }
            }
        } catch (RuntimeException | Error e) {
            outcomes.lost.add(user.id() + ": " + e.getMessage());
        }
    }

    private static int count(TelegramUser user, java.util.function.Predicate<ChatMessage> kind) {
        return (int) user.botMessages().stream().filter(kind).count();
    }

    private static String text(ChatMessage message) {
        return message.text() == null ? "" : message.text();
    }

    private static final class Outcomes {
        final AtomicInteger confirmed = new AtomicInteger();
        final AtomicInteger videos = new AtomicInteger();
        final AtomicInteger refunds = new AtomicInteger();
        final List<String> lost = Collections.synchronizedList(new ArrayList<>());
    }

    /** Kills a random process every few seconds and starts it again; PostgreSQL and the broker away once each. */
    private static final class Chaos {
        final AtomicInteger kills = new AtomicInteger();
        final AtomicInteger exitedRestarted = new AtomicInteger();
        final Map<String, Integer> killed = new ConcurrentHashMap<>();
        volatile boolean postgresDone;
        volatile boolean brokerDone;
        private volatile boolean stopped;
        /** Counted down by {@link #stop()}: a pause between kills ends early then. */
        private final CountDownLatch stopSignal = new CountDownLatch(1);
        private final Map<String, ServiceProcess> processes;
        private final Map<String, String> environment;
        private final Path logs;
        private final Infrastructure infrastructure;
        private final Settings settings;
        private final PrintStream out;
        private final Random random;

        Chaos(Settings settings, Map<String, ServiceProcess> processes, Map<String, String> environment, Path logs,
              Infrastructure infrastructure, PrintStream out) {
            this.settings = settings;
            this.out = out;
            this.random = new Random(settings.seed());
            this.processes = processes;
            this.environment = environment;
            this.logs = logs;
            this.infrastructure = infrastructure;
        }

        /**
         * Kills every {@code killEvery} while users are at work; the PostgreSQL cut and the broker restart come at
         * their rounds, or right after the users finish if those rounds never came (a fast run), so that the checks
         * always follow both.
         */
        void run(List<Future<?>> users) {
            int round = 0;
            while (true) {
                boolean usersDone = stopped || users.stream().allMatch(Future::isDone);
                if (usersDone && postgresDone && brokerDone) {
                    restartExited();
                    return;
                }
                if (!usersDone) {
                    pause(settings.killEvery());
                }
                restartExited();
                round++;
                try {
                    if (!postgresDone && (round >= settings.postgresRound() || usersDone)) {
                        // marked first: a drill step that throws is reported, never tried without end
                        postgresDone = true;
                        infrastructure.drill(Dependency.POSTGRES).cut();
                        hold(Duration.ofSeconds(20));
                        infrastructure.drill(Dependency.POSTGRES).restore();
                    } else if (!brokerDone && (round >= settings.brokerRound() || usersDone)) {
                        brokerDone = true;
                        infrastructure.stopKafkaBroker();
                        hold(Duration.ofSeconds(15));
                        infrastructure.startKafkaBroker();
                    } else if (!stopped && users.stream().anyMatch(user -> !user.isDone())) {
                        List<String> names = new ArrayList<>(processes.keySet());
                        String victim = names.get(random.nextInt(names.size()));
                        ServiceProcess process = processes.get(victim);
                        process.kill();
                        kills.incrementAndGet();
                        killed.merge(victim.substring(0, victim.indexOf('#')), 1, Integer::sum);
                        String service = victim.substring(0, victim.indexOf('#'));
                        int instance = Integer.parseInt(victim.substring(victim.indexOf('#') + 1));
                        processes.put(victim, ServiceProcess.start(service, instance, environment, logs));
                    }
                } catch (Exception e) {
                    out.println("  chaos step failed: " + e);
                }
            }
        }

        /**
         * What a restart policy does (compose's {@code restart: unless-stopped}, Kubernetes): a process that exited by
         * itself is started again. A service started while PostgreSQL is away fails its start and exits; left alone, the
         * drill once ran 6 minutes with one tts instance instead of two and 20 of 30 users stalled.
         */
        private void restartExited() {
            processes.replaceAll((name, process) -> {
                if (process.alive()) {
                    return process;
                }
                exitedRestarted.incrementAndGet();
                String service = name.substring(0, name.indexOf('#'));
                int instance = Integer.parseInt(name.substring(name.indexOf('#') + 1));
                return ServiceProcess.start(service, instance, environment, logs);
            });
        }

        /** An outage lasts its full length, whether or not the users are done. */
        private static void hold(Duration duration) {
            try {
                new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            stopped = true;
            stopSignal.countDown();
        }

        private void pause(Duration duration) {
            try {
                stopSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the checks found; clean when every count is 0. */
    public record Verdict(int lost, int chargedTwice, int unpaid, int stuck, int deadLetters, int wrongBalances,
                           List<String> details) {

        public boolean clean() {
            return lost + chargedTwice + unpaid + stuck + deadLetters + wrongBalances == 0;
        }

        public void print(PrintStream out) {
            out.printf("  lost %d, charged twice %d, videos unpaid %d, chats stuck %d, dead letters %d, "
                    + "balances off %d: %s%n", lost, chargedTwice, unpaid, stuck, deadLetters, wrongBalances,
                    clean() ? "PASSED" : "FAILED");
            details.stream().limit(20).forEach(detail -> out.println("    " + detail));
        }
    }

    private static Verdict check(Infrastructure infrastructure, int users, Outcomes outcomes,
                                 TelegramEmulator emulator) {
        JdbcClient db = JdbcClient.create(infrastructure.dataSource());
        List<String> details = new ArrayList<>(outcomes.lost);
        int chargedTwice = db.sql("""
                select count(*) from (select reference_id from credits.ledger_entry where kind = 'CAPTURE'
                group by reference_id having count(*) > 1) twice""").query(Integer.class).single();
        // a video in a chat without a capture of its generation
        int unpaid = db.sql("""
                select count(*) from gateway.generation g where g.status = 'READY' and not exists
                (select 1 from credits.ledger_entry e where e.reference_id = g.generation_id and e.kind = 'CAPTURE')""")
                .query(Integer.class).single();
        int stuck = db.sql("select count(*) from gateway.chat_session where state in ('SYNTHESIZING', 'GENERATING', "
                + "'EDITING', 'IMPORTING_BACKGROUND')").query(Integer.class).single();
        int deadLetters = new KafkaTopics(infrastructure.kafkaBootstrapServers()).readDeadLetters(record -> true).size();
        int wrongBalances = 0;
        for (int u = 0; u < users; u++) {
            long id = FIRST_USER + u;
            long videos = emulator.telegram().messages(id).stream().filter(m -> "video".equals(m.mediaKind())).count();
            Long available = db.sql("select granted - captured - pending from credits.account where user_id = ?").param(id)
                    .query(Long.class).optional().orElse(null);
            if (available == null || available != 10 - videos) {
                wrongBalances++;
                details.add("user " + id + ": " + videos + " videos, balance " + available);
            }
        }
        return new Verdict(outcomes.lost.size(), chargedTwice, unpaid, stuck, deadLetters, wrongBalances, details);
    }

    private static Map<String, String> environment(Infrastructure infrastructure, TelegramEmulator emulator,
                                                   FakeProvider fal) {
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.put("KAFKA_PARTITIONS", "6");
        environment.put("TELEGRAM_BOT_TOKEN", LocalStack.EMULATOR_TOKEN);
        environment.put("TELEGRAM_API_URL", emulator.apiUrl());
        environment.put("FAL_KEY", "chaos-key");
        environment.put("FAL_QUEUE_URL", fal.url(""));
        environment.put("FAL_FIRST_POLL", "500ms");
        environment.put("FAL_MAX_POLL", "1s");
        environment.put("VIDEO_JOB_LEASE", "30s");
        environment.put("MAX_TASKS_PER_USER_PER_HOUR", "1000");
        return environment;
    }

}
