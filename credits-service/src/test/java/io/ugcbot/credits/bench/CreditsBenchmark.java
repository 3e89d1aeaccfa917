package io.ugcbot.credits.bench;

import io.ugcbot.credits.CreditsApplication;
import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.Topics;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.video.VideoReady;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/bench-credits}: drives N reserve+capture pairs through a real Kafka broker, credits-service and
 * PostgreSQL, and prints pairs per second with p50/p99 latencies, next to {@code pgbench -N} against the same
 * PostgreSQL in the same run. Not a test: it prints figures and asserts nothing.
 */
public final class CreditsBenchmark {

    private static final int PAIRS = Integer.getInteger("pairs", 100_000);
    private static final int WARMUP = Integer.getInteger("warmup", 300_000);
    private static final int USERS = Integer.getInteger("users", 2_000);
    private static final int PGBENCH_SECONDS = Integer.getInteger("pgbench.seconds", 30);
    private static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));

    private CreditsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // -Dbench.statements=true: also prints the statements PostgreSQL spent its time on (pg_stat_statements)
        boolean statements = Boolean.getBoolean("bench.statements");
        Map<String, String> postgresSettings = new java.util.HashMap<>();
        if (statements) {
            postgresSettings.put("shared_preload_libraries", "pg_stat_statements");
        }
        // durable by default, as production runs: every commit waits for its WAL to reach the disk. The embedded
        // server's own defaults (fsync and synchronous_commit off) are kept with -Dbench.durable=false.
        if (DURABLE) {
            postgresSettings.put("fsync", "on");
            postgresSettings.put("synchronous_commit", "on");
            postgresSettings.put("full_page_writes", "on");
        }
        try (Infrastructure infrastructure = Infrastructure.start(Path.of("target", "bench"), 0, 0,
                postgresSettings)) {
            List<String> serviceArgs = new ArrayList<>(List.of(
                    "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                    "--spring.datasource.url=" + infrastructure.jdbcUrl(),
                    "--spring.datasource.username=" + infrastructure.databaseUser(),
                    "--spring.datasource.password=", "--server.port=0",
                    "--spring.kafka.listener.concurrency=" + Integer.getInteger("concurrency", 2)));
            // e.g. -Dservice.args=--ugc.outbox.batch-size=2000,--spring.kafka.consumer.max-poll-records=2000
            String extra = System.getProperty("service.args", "");
            if (!extra.isBlank()) {
                serviceArgs.addAll(List.of(extra.split(",")));
            }
            ConfigurableApplicationContext credits = CreditsApplication.builder().registerShutdownHook(false)
                    .run(serviceArgs.toArray(String[]::new));
            try {
                Driver driver = new Driver(infrastructure.kafkaBootstrapServers());
                driver.warmUp();
                if (statements) {
                    resetStatements(infrastructure);
                }
                Result result = driver.measure();
                if (statements) {
                    printStatements(infrastructure, result.pairs());
                }
                double pgbench = pgbench(infrastructure);
                print(result, pgbench, durability(infrastructure));
            } finally {
                credits.close();
            }
        }
    }

    private record Result(int pairs, double seconds, long[] reserveMs, long[] captureMs, long[] pairMs) {
    }

    /** Plays the gateway (requests) and video-service (VideoReady as soon as a reservation is seen). */
    private static final class Driver {

        private final String bootstrap;
        private final Map<UUID, Long> requestedAt = new ConcurrentHashMap<>();
        private final Map<UUID, Long> readyAt = new ConcurrentHashMap<>();
        private final List<Long> reserve = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Long> capture = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Long> pair = java.util.Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger reserved = new java.util.concurrent.atomic.AtomicInteger();
        private final AtomicBoolean done = new AtomicBoolean();
        private KafkaProducer<String, String> producer;
        private Thread listener;

        Driver(String bootstrap) {
            this.bootstrap = bootstrap;
        }

        /** Grants every user enough credits, then drives the warm-up pairs (the JIT needs them). */
        void warmUp() throws Exception {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    // the embedded broker moves fresh partitions' leadership once; an idempotent producer caught in
                    // that gets stuck on out-of-order sequence errors, a plain one with retries does not
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                    ProducerConfig.ACKS_CONFIG, "all"));
            waitFor(this::topicsHaveLeaders, "the topics");
            for (long user = 1; user <= USERS; user++) {
                producer.send(record(new GrantCredits(UUID.randomUUID(), user, PAIRS + WARMUP, 1, "benchmark")));
            }
            producer.flush();
            KafkaTopics kafka = new KafkaTopics(bootstrap);
            waitFor(() -> kafka.readAll(r -> r.topic().equals(Topics.CREDITS_EVENTS)).size() >= USERS, "the grants");
            KafkaConsumer<String, String> consumer = consumerAtEnd();
            listener = Thread.ofPlatform().name("bench-events").start(() -> listen(consumer, producer, done));
            System.out.printf("Warming up with %d pairs…%n", WARMUP);
            drive(producer, WARMUP);
        }

        Result measure() throws Exception {
            try {
                System.out.printf("Measuring %d pairs…%n", PAIRS);
                double seconds = drive(producer, PAIRS);
                if (rejected.get() > 0) {
                    throw new IllegalStateException(rejected.get() + " reservations were rejected: grants incomplete");
                }
                return new Result(PAIRS, seconds, sorted(reserve), sorted(capture), sorted(pair));
            } finally {
                done.set(true);
                listener.join();
                producer.close();
            }
        }

        /** Sends {@code count} requests as fast as the producer takes them; returns seconds until all are captured. */
        private double drive(KafkaProducer<String, String> producer, int count) throws Exception {
            reserve.clear();
            capture.clear();
            pair.clear();
            reserved.set(0);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                UUID generation = io.ugcbot.events.Ids.next();
                long user = 1 + (i % USERS);
                requestedAt.put(generation, System.nanoTime());
                producer.send(record(new GenerationRequested(generation, user, VideoFormat.TALKING_HEAD, "anna",
                        null, null, 1000, null, "benchmark", List.of(), 1, null)));
            }
            producer.flush();
            waitFor(() -> {
                System.out.printf("  %d reserved, %d of %d pairs captured%n", reserved.get(), pair.size(), count);
                return pair.size() + rejected.get() >= count;
            }, "all captures");
            return (System.nanoTime() - start) / 1e9;
        }

        /** The service creates its topics at start; sending before every partition has a leader confuses the producer. */
        private boolean topicsHaveLeaders() throws Exception {
            try (var admin = org.apache.kafka.clients.admin.AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
                var topics = admin.describeTopics(List.of(Topics.CREDITS_COMMANDS, Topics.GATEWAY_EVENTS,
                        Topics.VIDEO_EVENTS, Topics.CREDITS_EVENTS)).allTopicNames().get();
                return topics.values().stream().allMatch(topic -> topic.partitions().size() == 12
                        && topic.partitions().stream().allMatch(partition -> partition.leader() != null));
            } catch (java.util.concurrent.ExecutionException e) {
                return false;
            }
        }

        /** Assigned to every partition and positioned at the end before the first request is sent. */
        private KafkaConsumer<String, String> consumerAtEnd() {
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
            var partitions = consumer.partitionsFor(Topics.CREDITS_EVENTS).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            return consumer;
        }

        private void listen(KafkaConsumer<String, String> owned, KafkaProducer<String, String> producer,
                            AtomicBoolean done) {
            try (KafkaConsumer<String, String> consumer = owned) {
                while (!done.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        on(record, producer);
                    }
                }
            }
        }

        private void on(ConsumerRecord<String, String> record, KafkaProducer<String, String> producer) {
            long now = System.nanoTime();
            String type = KafkaTopics.header(record, CloudEventHeaders.TYPE);
            UUID generation = UUID.fromString(KafkaTopics.header(record, CloudEventHeaders.SUBJECT));
            Long requested = requestedAt.get(generation);
            if (requested == null) {
                return;
            }
            if ("credits.CreditsReserved.v1".equals(type)) {
                reserve.add((now - requested) / 1_000_000);
                reserved.incrementAndGet();
                readyAt.put(generation, System.nanoTime());
                producer.send(record(new VideoReady(generation, Long.parseLong(record.key()), null, 1000)));
            } else if ("credits.CreditsRejected.v1".equals(type)) {
                rejected.incrementAndGet();
            } else if ("credits.CreditsCaptured.v1".equals(type)) {
                capture.add((now - readyAt.get(generation)) / 1_000_000);
                pair.add((now - requested) / 1_000_000);
            }
        }

        private ProducerRecord<String, String> record(Message message) {
            return KafkaTopics.record(Envelope.wrap(message, "benchmark", null), null);
        }
    }

    /** pgbench's simple-update transactions per second against the same PostgreSQL. */
    private static double pgbench(Infrastructure infrastructure) throws Exception {
        String port = infrastructure.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
        List<String> connection = List.of("-h", "localhost", "-p", port, "-U", "postgres");
        run(concat(List.of("pgbench", "-q", "-i", "-s", "10"), connection, List.of("postgres")));
        String out = run(concat(List.of("pgbench", "-N", "-c", "8", "-j", "2", "-T",
                Integer.toString(PGBENCH_SECONDS)), connection, List.of("postgres")));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static void resetStatements(Infrastructure infrastructure) throws Exception {
        try (var connection = infrastructure.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** Where PostgreSQL spent the measured run's time, per statement and per pair. */
    private static void printStatements(Infrastructure infrastructure, int pairs) throws Exception {
        try (var connection = infrastructure.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select total_exec_time, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) q
                     from pg_stat_statements order by total_exec_time desc limit 15""")) {
            System.out.println("\nPostgreSQL statements by execution time (measured pairs only):");
            while (rows.next()) {
                System.out.printf(Locale.ROOT, "  %8.0f ms %6.1f µs/pair %7d calls %8d rows  %s%n",
                        rows.getDouble(1), rows.getDouble(1) * 1000 / pairs, rows.getLong(2), rows.getLong(3),
                        rows.getString(4));
            }
        }
    }

    /** What the server actually ran with, read back rather than assumed. */
    private static String durability(Infrastructure infrastructure) throws Exception {
        try (var connection = infrastructure.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                     where name in ('fsync', 'synchronous_commit', 'full_page_writes')""")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitFor(Condition condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(condition::met);
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void print(Result r, double pgbenchTps, String durability) {
        double pairsPerSecond = r.pairs() / r.seconds();
        System.out.printf(Locale.ROOT, """

                ==== credits-service benchmark (2 cores shared by Kafka, PostgreSQL, the service and this driver) ====
                reserve+capture pairs:   %d in %.1f s = %.0f pairs/s (%.0f ledger operations/s)
                latency reserve          p50 %d ms, p99 %d ms   (GenerationRequested sent -> CreditsReserved seen)
                latency capture          p50 %d ms, p99 %d ms   (VideoReady sent -> CreditsCaptured seen)
                latency pair             p50 %d ms, p99 %d ms
                pgbench -N -c 8 -j 2 -T %d: %.0f tps (the same PostgreSQL 18: %s)
                ratio pairs/s : pgbench tps = %.2f
                """, r.pairs(), r.seconds(), pairsPerSecond, 2 * pairsPerSecond,
                percentile(r.reserveMs(), 0.5), percentile(r.reserveMs(), 0.99),
                percentile(r.captureMs(), 0.5), percentile(r.captureMs(), 0.99),
                percentile(r.pairMs(), 0.5), percentile(r.pairMs(), 0.99),
                PGBENCH_SECONDS, pgbenchTps, durability, pairsPerSecond / pgbenchTps);
    }
}
