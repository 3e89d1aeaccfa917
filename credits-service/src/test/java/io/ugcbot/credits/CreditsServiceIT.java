package io.ugcbot.credits;

import io.ugcbot.credits.application.LedgerService;
import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.credits.support.MutableClock;
import io.ugcbot.credits.support.SharedInfrastructure;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.video.VideoProgress;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** credits-service on a real broker and PostgreSQL: duplicates, redelivery, replay and expiry. */
@SpringBootTest(classes = CreditsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
        "spring.config.name=credits-service",
        "credits.expiry-check-interval=1h",
        "credits.admin-api-key=test-admin-key",
        "ugc.kafka.partitions=3",
        "spring.kafka.listener.concurrency=3",
        "ugc.outbox.poll-interval=50ms"})
@Import(CreditsServiceIT.Clocks.class)
@DirtiesContext // closed after the class, before the shared broker and database stop
class CreditsServiceIT {

    private static final AtomicLong NEXT_USER = new AtomicLong(5_000_000);
    private static final int PARTITIONS = 3;
    private static final List<String> INPUTS = List.of(Topics.GATEWAY_EVENTS, Topics.CREDITS_COMMANDS,
            Topics.VIDEO_EVENTS);

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
    }

    @Autowired
    private LedgerService ledger;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MutableClock clock;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private MeterRegistry meters;
    @Value("${local.server.port}")
    private int port;

    private final MessageCodec codec = new MessageCodec();
    private final KafkaTopics kafka = new KafkaTopics(SharedInfrastructure.get().kafkaBootstrapServers());

    @Test
    void shouldApplyEachCommandOnceWhenDeliveredSeveralTimesToConcurrentConsumers() {
        Random random = new Random(42);
        List<Long> users = newUsers(20);

        publishDuplicated(random, users, user -> new UserRegistered(user, "u" + user, "U", "en", clock.instant()));
        publishDuplicated(random, users, user -> new GrantCredits(UUID.nameUUIDFromBytes(("top-up" + user)
                .getBytes(StandardCharsets.UTF_8)), user, 5, 77, "test"));
        awaitSettled();
        Map<Long, UUID> generations = users.stream().collect(Collectors.toMap(u -> u, u -> UUID.randomUUID()));
        publishDuplicated(random, users, user -> generationRequested(generations.get(user), user, 2));
        awaitSettled();
        publishDuplicated(random, users, user -> new VideoReady(generations.get(user), user, null, 1000));
        awaitSettled();

        for (long user : users) {
            assertThat(entryKinds(user)).as("history of %d", user)
                    .containsExactlyInAnyOrder("GRANT", "GRANT", "RESERVE", "CAPTURE");
            assertThat(available(user)).as("available of %d", user).isEqualTo(13);
        }
        Map<String, Long> events = kafka.readAll(r -> r.topic().equals(Topics.CREDITS_EVENTS)
                        && users.contains(Long.parseLong(r.key())))
                .stream().collect(Collectors.groupingBy(r -> KafkaTopics.header(r, CloudEventHeaders.TYPE),
                        Collectors.counting()));
        assertThat(events).containsExactlyInAnyOrderEntriesOf(Map.of(
                "credits.CreditsGranted.v1", 40L,
                "credits.CreditsReserved.v1", 20L,
                "credits.CreditsCaptured.v1", 20L));
    }

    @Test
    void shouldAddNoRowWhenAppliedBatchesAreDeliveredAgainAfterACrashBeforeTheOffsetCommit() throws Exception {
        someTraffic();
        Snapshot before = snapshot();

        rewindConsumers(committed -> Math.max(0, committed - 7));
        awaitSettled();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldLeaveBalancesAndRowCountsUnchangedWhenTheTopicsAreReplayedFromOffsetZero() throws Exception {
        someTraffic();
        Snapshot before = snapshot();

        rewindConsumers(committed -> 0L);
        awaitSettled();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldDeadLetterUndecodableRecordsAloneAndApplyTheirNeighboursInTheSameBatch() {
        List<Long> users = newUsers(3);
        double deadLettersBefore = deadLetterCount();
        ProducerRecord<String, String> withoutHeaders = new ProducerRecord<>(Topics.CREDITS_COMMANDS, 0,
                Long.toString(users.get(0)), "{\"grantId\":\"" + UUID.randomUUID() + "\"}");
        ProducerRecord<String, String> notJson = record(grantCredits(users.get(1), 4), 0);
        ProducerRecord<String, String> brokenCopy = new ProducerRecord<>(notJson.topic(), 0, notJson.key(),
                "{not json", notJson.headers());
        // one partition, sent together: one polled batch with the poison in the middle
        kafka.send(List.of(record(grantCredits(users.get(0), 3), 0), withoutHeaders, brokenCopy,
                record(grantCredits(users.get(2), 5), 0)));
        awaitSettled();

        assertThat(available(users.get(0))).as("the record before the poison").isEqualTo(3);
        assertThat(available(users.get(1))).as("the undecodable grant").isZero();
        assertThat(available(users.get(2))).as("the record after the poison").isEqualTo(5);
        List<ConsumerRecord<String, String>> dead = kafka.readDeadLetters(r -> users.contains(Long.parseLong(r.key())));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(withoutHeaders.value(), "{not json");
        assertThat(dead).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo(Topics.CREDITS_COMMANDS + Topics.DEAD_LETTER_SUFFIX);
            assertThat(KafkaTopics.header(r, "kafka_dlt-exception-fqcn")).contains("UnprocessableRecordException");
            assertThat(KafkaTopics.header(r, "kafka_dlt-original-consumer-group")).isEqualTo("credits-service");
        });
        assertThat(deadLetterCount() - deadLettersBefore).isEqualTo(2.0);
    }

    @Test
    void shouldReleaseReservationsOnlyOnceTheirTimeIsUp() {
        List<Long> users = newUsers(5);
        List<UUID> generations = new ArrayList<>();
        for (long user : users) {
            grant(user, 3);
            UUID generation = UUID.randomUUID();
            generations.add(generation);
            ledger.apply(new Operation.Reserve(generation, user, 2));
        }

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        ledger.expireDue();
        assertThat(generations).allSatisfy(g -> assertThat(status(g)).isEqualTo("PENDING"));

        clock.advance(Duration.ofSeconds(1));
        while (ledger.expireDue() > 0) {
            // drain
        }
        assertThat(generations).allSatisfy(g -> assertThat(status(g)).isEqualTo("EXPIRED"));
        assertThat(users).allSatisfy(u -> assertThat(available(u)).isEqualTo(3));
        assertThat(generations).allSatisfy(g -> assertThat(entryCount(g, "EXPIRE")).isEqualTo(1));
    }

    @Test
    void shouldKeepAReservationAliveWhileItsRenderReportsProgress() {
        long user = newUsers(1).getFirst();
        grant(user, 3);
        UUID alive = UUID.randomUUID();
        ledger.apply(new Operation.Reserve(alive, user, 1));

        for (int report = 0; report < 3; report++) {
            clock.advance(Duration.ofMinutes(20));
            kafka.send(List.of(record(new VideoProgress(alive, user, VideoStage.RENDERING, 30 + report, 0), -1)));
            awaitSettled();
            while (ledger.expireDue() > 0) {
                // drain
            }
            assertThat(status(alive)).as("after %d minutes with a report every 20", 20 * (report + 1))
                    .isEqualTo("PENDING");
        }
        clock.advance(Duration.ofMinutes(30));
        while (ledger.expireDue() > 0) {
            // drain
        }
        assertThat(status(alive)).as("30 minutes after the last report").isEqualTo("EXPIRED");
    }

    @Test
    void shouldLetExactlyOneOfACaptureAndAnExpiryWin() {
        List<Long> users = newUsers(60);
        List<UUID> generations = new ArrayList<>();
        for (long user : users) {
            grant(user, 1);
            UUID generation = UUID.randomUUID();
            generations.add(generation);
            ledger.apply(new Operation.Reserve(generation, user, 1));
        }
        clock.advance(Duration.ofMinutes(31));

        CompletableFuture<Void> captures = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < users.size(); i++) {
                ledger.apply(new Operation.Capture(generations.get(i), users.get(i), null));
            }
        });
        CompletableFuture<Void> expiries = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 50; round++) {
                ledger.expireDue();
            }
        });
        CompletableFuture.allOf(captures, expiries).join();

        for (int i = 0; i < users.size(); i++) {
            UUID generation = generations.get(i);
            assertThat(status(generation)).isIn("CAPTURED", "EXPIRED");
            assertThat(entryCount(generation, "CAPTURE") + entryCount(generation, "EXPIRE")).isEqualTo(1);
            assertThat(available(users.get(i))).isEqualTo(status(generation).equals("CAPTURED") ? 0 : 1);
        }
        awaitSettled();
        Map<String, Long> settlements = kafka.readAll(r -> r.topic().equals(Topics.CREDITS_EVENTS)
                        && generations.contains(UUID.fromString(KafkaTopics.header(r, CloudEventHeaders.SUBJECT))))
                .stream().map(r -> KafkaTopics.header(r, CloudEventHeaders.TYPE))
                .filter(type -> type.equals("credits.CreditsCaptured.v1") || type.equals("credits.CreditsReleased.v1"))
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        assertThat(settlements.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(users.size());
    }

    @Test
    void shouldRelayEveryEventWhenManyTransactionsCommitAtOnce() {
        List<Long> users = newUsers(800);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            List<Long> share = users.subList(thread * 100, (thread + 1) * 100);
            writers.add(CompletableFuture.runAsync(() -> share.forEach(user -> grant(user, 1))));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
        awaitSettled();

        long granted = kafka.readAll(r -> r.topic().equals(Topics.CREDITS_EVENTS)
                && users.contains(Long.parseLong(r.key()))).size();
        assertThat(granted).isEqualTo(users.size());
    }

    @Test
    void shouldGuardTheAdminApiWithItsKey() throws Exception {
        assertThat(admin("GET", "/admin/totals", null, null).statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/admin/totals", "wrong-key", null).statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/admin/totals", "test-admin-key", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldGrantThroughTheAdminApiOnceAndShowItInTheHistory() throws Exception {
        long user = newUsers(1).getFirst();
        UUID grant = UUID.randomUUID();
        Function<Integer, String> body = amount -> "{\"grantId\":\"" + grant + "\",\"amount\":" + amount
                + ",\"adminId\":77,\"reason\":\"support\"}";

        var first = admin("POST", "/admin/users/" + user + "/grants", "test-admin-key", body.apply(25));
        var repeat = admin("POST", "/admin/users/" + user + "/grants", "test-admin-key", body.apply(25));
        var conflicting = admin("POST", "/admin/users/" + user + "/grants", "test-admin-key", body.apply(30));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.body()).contains("\"result\":\"DUPLICATE\"");
        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(conflicting.body()).contains("already applied with other parameters");
        var balance = codec.json().readTree(admin("GET", "/admin/users/" + user + "/balance", "test-admin-key", null)
                .body());
        assertThat(balance.get("available").asLong()).isEqualTo(25);
        var history = codec.json().readTree(admin("GET", "/admin/users/" + user + "/history", "test-admin-key", null)
                .body());
        assertThat(history).singleElement().satisfies(row -> {
            assertThat(row.get("kind").asString()).isEqualTo("GRANT");
            assertThat(row.get("delta").asInt()).isEqualTo(25);
            assertThat(row.get("actor").asString()).isEqualTo("admin:77");
        });
        var totals = codec.json().readTree(admin("GET", "/admin/totals", "test-admin-key", null).body());
        assertThat(totals.get("granted").asLong()).isGreaterThanOrEqualTo(25);
    }

    // ---- helpers

    private HttpResponse<String> admin(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Admin-Api-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Snapshot(Map<String, Object> totals, Map<String, Long> entries, Map<String, Long> reservations,
                            long grants, long events) {
    }

    private Snapshot snapshot() {
        Map<String, Object> totals = jdbc.sql("select sum(granted) as granted, sum(pending) as pending, "
                + "sum(captured) as captured, count(*) as accounts from account").query().singleRow();
        Map<String, Long> entries = jdbc.sql("select kind, count(*) as n from ledger_entry group by kind").query()
                .listOfRows().stream().collect(Collectors.toMap(r -> (String) r.get("kind"),
                        r -> ((Number) r.get("n")).longValue()));
        Map<String, Long> reservations = jdbc.sql("select status, count(*) as n from reservation group by status")
                .query().listOfRows().stream().collect(Collectors.toMap(r -> (String) r.get("status"),
                        r -> ((Number) r.get("n")).longValue()));
        long grants = jdbc.sql("select count(*) from credit_grant").query(Long.class).single();
        long events = kafka.readAll(r -> r.topic().equals(Topics.CREDITS_EVENTS)).size();
        return new Snapshot(totals, entries, reservations, grants, events);
    }

    /** Traffic for fresh users, fully settled: registrations, reservations and captures. */
    private void someTraffic() {
        List<Long> users = newUsers(10);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (long user : users) {
            UUID generation = UUID.randomUUID();
            records.add(record(new UserRegistered(user, "u", "U", "ru", clock.instant()), -1));
            records.add(record(generationRequested(generation, user, 1), -1));
            records.add(record(new VideoReady(generation, user, null, 500), -1));
        }
        kafka.send(records);
        awaitSettled();
    }

    /** Stops the consumers, moves the group's committed offsets as if it had crashed before committing, restarts. */
    private void rewindConsumers(Function<Long, Long> newOffset) throws Exception {
        listeners.stop();
        await().atMost(Duration.ofSeconds(30)).until(() -> !listeners.isRunning());
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers",
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("credits-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> rewound = committed.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> new OffsetAndMetadata(newOffset.apply(e.getValue().offset()))));
            admin.alterConsumerGroupOffsets("credits-service", rewound).all().get();
        }
        listeners.start();
    }

    private void awaitSettled() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                kafka.caughtUp("credits-service", INPUTS)
                        && jdbc.sql("select count(*) from outbox").query(Long.class).single() == 0);
    }

    /** Publishes each user's message 2–5 times with the same event id, spread over partitions (so consumers). */
    private void publishDuplicated(Random random, List<Long> users, Function<Long, Message> message) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (long user : users) {
            Envelope envelope = Envelope.wrap(message.apply(user), "test", null);
            int copies = 2 + random.nextInt(4);
            for (int copy = 0; copy < copies; copy++) {
                records.add(KafkaTopics.record(envelope, copy % PARTITIONS));
            }
        }
        kafka.send(records);
    }

    private double deadLetterCount() {
        return meters.find("ugc.kafka.dead.letters").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static GrantCredits grantCredits(long user, int amount) {
        return new GrantCredits(UUID.randomUUID(), user, amount, 77, "test");
    }

    private ProducerRecord<String, String> record(Message payload, int partition) {
        return KafkaTopics.record(Envelope.wrap(payload, "test", null), partition < 0 ? null : partition);
    }

    private static GenerationRequested generationRequested(UUID generation, long user, int cost) {
        return new GenerationRequested(generation, user, VideoFormat.TALKING_HEAD, "anna", null, null, 1000, null,
                "script", List.of(), cost, null);
    }

    private void grant(long user, int amount) {
        ledger.apply(new Operation.Grant(UUID.randomUUID(), user, amount, GrantKind.ADMIN_TOP_UP, "admin:test"));
    }

    private List<Long> newUsers(int count) {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(NEXT_USER.incrementAndGet());
        }
        return users;
    }

    private List<String> entryKinds(long user) {
        return jdbc.sql("select kind from ledger_entry where user_id = ?").param(user).query(String.class).list();
    }

    private long entryCount(UUID reference, String kind) {
        return jdbc.sql("select count(*) from ledger_entry where reference_id = ? and kind = ?")
                .param(reference).param(kind).query(Long.class).single();
    }

    private long available(long user) {
        return jdbc.sql("select granted - captured - pending from account where user_id = ?").param(user)
                .query(Long.class).optional().orElse(0L);
    }

    private String status(UUID generation) {
        return jdbc.sql("select status from reservation where generation_id = ?").param(generation)
                .query(String.class).single();
    }
}
