package io.ugcbot.localstack;

import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Ids;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.ops.OpsCli;
import io.ugcbot.ops.OpsSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The developers' and operators' tools (ops-cli: bin/trace, bin/replay, bin/dlt, bin/offsets) against the running
 * product: the broker through Kafka's protocol, the services through their management ports, nothing else.
 */
class OpsToolsIT extends EndToEndTest {

    private final OpsSettings settings = settings();

    @Test
    void shouldTraceAFinishedGenerationAcrossEveryTopicWithWhatEachServiceSays() {
        TelegramUser user = newUser();
        makesVideo(user, "Fresh bread every morning, baked around the corner.");
        user.awaitsText("Balance: 9.");
        awaitQuiet();
        UUID generation = databases.latestGeneration(user.id());

        Result trace = ops("trace", generation.toString());

        assertThat(trace.exit()).as(trace.out()).isZero();
        assertThat(trace.out()).containsSubsequence("gateway.GenerationRequested.v1", "credits.CreditsReserved.v1",
                "video.VideoReady.v1", "credits.CreditsCaptured.v1");
        assertThat(trace.out()).contains(generation + "  GenerationRequested → CreditsReserved → VideoProgress")
                .contains("→ VideoReady → CreditsCaptured  ✓");
        String state = trace.out().substring(trace.out().indexOf("State, as each service tells it:"));
        assertThat(state).contains("\"table\":\"reservation\"", "\"status\":\"CAPTURED\"", "\"table\":\"render_job\"",
                "\"status\":\"DONE\"", "\"table\":\"generation\"").doesNotContain("unreachable");

        JsonNode json = JsonMapper.builder().build().readTree(ops("trace", generation.toString(), "--json").out());
        JsonNode story = json.get("stories").get(0);
        assertThat(story.get("subject").asString()).isEqualTo(generation.toString());
        assertThat(story.get("complete").asBoolean()).isTrue();
        assertThat(json.get("records").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldReplayAFinishedGenerationsSliceToOneServiceAndChangeNothing() {
        TelegramUser user = newUser();
        makesVideo(user, "Flowers for every occasion, delivered in an hour.");
        user.awaitsText("Balance: 9.");
        awaitQuiet();
        List<ConsumerRecord<String, String>> videoEvents = kafka.readAll(record -> record.topic().equals(
                Topics.VIDEO_EVENTS) && Long.toString(user.id()).equals(record.key()));
        int partition = videoEvents.getFirst().partition();
        long from = videoEvents.stream().mapToLong(ConsumerRecord::offset).min().orElseThrow();
        long to = videoEvents.stream().mapToLong(ConsumerRecord::offset).max().orElseThrow();
        long balance = databases.availableCredits(user.id());
        List<Map<String, Object>> ledger = databases.ledger(user.id());
        List<String> chat = user.botMessages().stream().map(ChatMessage::toString).toList();
        String[] slice = {"replay", "--topic", Topics.VIDEO_EVENTS, "--partition", Integer.toString(partition),
                "--from", Long.toString(from), "--to", Long.toString(to)};

        Result dryRun = ops(with(slice, "--group", "gateway-bot"));
        assertThat(dryRun.exit()).as(dryRun.out()).isZero();
        assertThat(dryRun.out()).contains("video.VideoReady.v1", "APPLIED_BEFORE").doesNotContain("REFUSED")
                .contains("Dry run: nothing was sent.");

        Result toGateway = ops(with(slice, "--group", "gateway-bot", "--execute"));
        Result toCredits = ops(with(slice, "--group", "credits-service", "--execute"));
        assertThat(toGateway.out()).contains("to replay.gateway-bot.");
        assertThat(toCredits.out()).contains("to replay.credits-service.");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                kafka.caughtUp("gateway-bot", List.of(Topics.replayTopic("gateway-bot")))
                        && kafka.caughtUp("credits-service", List.of(Topics.replayTopic("credits-service"))));
        awaitQuiet();

        // the gateway did not send the video again, credits-service did not capture again
        assertThat(user.botMessages().stream().map(ChatMessage::toString).toList()).isEqualTo(chat);
        assertThat(databases.availableCredits(user.id())).isEqualTo(balance);
        assertThat(databases.ledger(user.id())).isEqualTo(ledger);
    }

    /**
     * A gateway whose database lost a user gets their statement, history and registration back from the topics,
     * rebuilt from offset 0 of every topic that made them, and tells them nothing. The shared stack's gateway serves
     * other tests' users too, so "lost" is this user's rows and the inbox's memory of their records, not the schema.
     */
    @Test
    void shouldRebuildAUsersStatementAndHistoryFromTheTopicsWithoutSayingAnythingToThem() {
        TelegramUser user = newUser();
        makesVideo(user, "Handmade candles, poured in small batches.");
        user.awaitsText("Balance: 9.");
        awaitQuiet();
        JdbcClient jdbc = JdbcClient.create(stack.infrastructure().dataSource());
        ReadModels before = ReadModels.of(jdbc, user.id());
        List<String> chat = user.botMessages().stream().map(ChatMessage::toString).toList();
        List<String> topics = List.of(Topics.GATEWAY_EVENTS, Topics.CREDITS_EVENTS, Topics.VIDEO_EVENTS);
        List<UUID> theirRecords = kafka.read(topics, record -> Long.toString(user.id()).equals(record.key())).stream()
                .map(record -> UUID.fromString(KafkaTopics.header(record, CloudEventHeaders.ID))).toList();
        jdbc.sql("delete from gateway.processed_message where consumer = 'gateway-bot' and event_id in (:ids)")
                .param("ids", theirRecords).update();
        for (String table : List.of("credit_movement", "generation", "bot_user")) {
            jdbc.sql("delete from gateway." + table + " where user_id = ?").param(user.id()).update();
        }
        assertThat(ReadModels.of(jdbc, user.id()).statement()).isEmpty();
        String[] rebuild = {"replay", "--topic", String.join(",", topics), "--from", "0", "--to", "end",
                "--group", "gateway-bot", "--rebuild"};

        Result dryRun = ops(rebuild);
        assertThat(dryRun.exit()).as(dryRun.out()).isZero();
        assertThat(dryRun.out()).contains("WOULD_APPLY     rebuild: restores the user",
                "WOULD_APPLY     rebuild: puts the video in the history", "Dry run: nothing was sent.");
        Result execute = ops(with(rebuild, "--execute"));
        assertThat(execute.out()).contains("to replay.gateway-bot to rebuild.");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                kafka.caughtUp("gateway-bot", List.of(Topics.replayTopic("gateway-bot"))));
        awaitQuiet();

        assertThat(ReadModels.of(jdbc, user.id())).isEqualTo(before);
        assertThat(user.botMessages().stream().map(ChatMessage::toString).toList()).isEqualTo(chat);
        user.says("/balance");
        ChatMessage statement = user.awaitsText("Your balance: 9 credits.");
        assertThat(statement.text()).containsOnlyOnce("+10 welcome bonus").containsOnlyOnce("−1 for a video");
    }

    /** What the gateway keeps for reading about one user: registration, statement, history. */
    private record ReadModels(List<Map<String, Object>> user, List<Map<String, Object>> statement,
                              List<Map<String, Object>> history) {

        static ReadModels of(JdbcClient jdbc, long userId) {
            return new ReadModels(
                    jdbc.sql("select username, first_name, language, balance from gateway.bot_user where user_id = ?")
                            .param(userId).query().listOfRows(),
                    jdbc.sql("select reference_id, kind, delta, balance_after, recorded_at from gateway.credit_movement "
                            + "where user_id = ? order by recorded_at").param(userId).query().listOfRows(),
                    jdbc.sql("select generation_id, status, character_id, script, cost, video_bucket, video_key, "
                            + "video_duration_ms from gateway.generation where user_id = ? order by created_at")
                            .param(userId).query().listOfRows());
        }
    }

    @Test
    void shouldRefuseToReplayARequestTheServiceHasForgottenWhenHandlingItAgainWouldPayTheProviderAgain() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Coffee beans roasted this week, shipped today.");
        awaitQuiet();
        ConsumerRecord<String, String> command = kafka.readAll(record -> record.topic().equals(Topics.TTS_COMMANDS)
                && Long.toString(user.id()).equals(record.key())).getFirst();
        // what RECORD_RETENTION does to an old claim: tts-service no longer remembers it applied the request
        JdbcClient.create(stack.infrastructure().dataSource()).sql("delete from tts.processed_message where event_id = ?")
                .param(UUID.fromString(KafkaTopics.header(command, CloudEventHeaders.ID))).update();
        String offset = Long.toString(command.offset());
        String[] replay = {"replay", "--topic", Topics.TTS_COMMANDS, "--partition",
                Integer.toString(command.partition()), "--from", offset, "--to", offset, "--group", "tts-service"};

        Result dryRun = ops(replay);
        Result execute = ops(with(replay, "--execute"));

        assertThat(dryRun.exit()).as(dryRun.out()).isEqualTo(3);
        assertThat(dryRun.out()).contains("REFUSED", "never applied", "a paid call to the speech provider");
        assertThat(execute.exit()).isEqualTo(3);
        assertThat(execute.out()).contains("Refused: nothing was sent");
        assertThat(kafka.read(List.of(Topics.replayTopic("tts-service")),
                record -> Long.toString(user.id()).equals(record.key()))).isEmpty();
    }

    @Test
    void shouldListAPoisonRecordWithWhySentItThereAndRedriveItsCorrectionOnce() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        UUID requestId = Ids.next();
        UUID recordId = Ids.next();
        var poison = new ProducerRecord<>(Topics.TTS_COMMANDS, Long.toString(user.id()),
                "{\"requestId\":\"" + requestId + "\",\"userId\":");
        poison.headers().add(CloudEventHeaders.ID, recordId.toString().getBytes(StandardCharsets.UTF_8))
                .add(CloudEventHeaders.TYPE, "tts.SynthesizeSpeech.v1".getBytes(StandardCharsets.UTF_8))
                .add(CloudEventHeaders.SUBJECT, requestId.toString().getBytes(StandardCharsets.UTF_8));
        kafka.publish(poison);
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.readDeadLetters(
                record -> recordId.toString().equals(KafkaTopics.header(record, CloudEventHeaders.ID))).isEmpty());

        Result list = ops("dlt", "list", "--topic", Topics.TTS_COMMANDS);
        assertThat(list.out()).contains(recordId.toString(), "consumer tts-service", "from tts.commands-",
                "why: UnprocessableRecordException: Undecodable tts.SynthesizeSpeech.v1");
        assertThat(ops("trace", requestId.toString()).out())
                .contains("SynthesizeSpeech ✗ tts.commands.dlt … stopped: dead-lettered to tts.commands.dlt");

        Path corrected = Files.createTempFile("corrected-", ".json");
        Files.writeString(corrected, new MessageCodec().encode(
                new SynthesizeSpeech(requestId, user.id(), "en-female-1", "Fixed by hand.", "en", 100)));
        Result redrive = ops("dlt", "redrive", "--topic", Topics.TTS_COMMANDS, "--id", recordId.toString(),
                "--value-file", corrected.toString());
        assertThat(redrive.exit()).as(redrive.out()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> !kafka.readAll(record ->
                record.topic().equals(Topics.TTS_EVENTS) && requestId.toString().equals(
                        KafkaTopics.header(record, CloudEventHeaders.SUBJECT))).isEmpty());

        Result again = ops("dlt", "redrive", "--topic", Topics.TTS_COMMANDS, "--id", recordId.toString(),
                "--value-file", corrected.toString());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.out()).contains("Already redriven, not sent again");
        assertThat(kafka.readAll(record -> recordId.toString().equals(KafkaTopics.header(record, CloudEventHeaders.ID))
                && record.topic().equals(Topics.TTS_COMMANDS))).hasSize(2);
        assertThat(ops("dlt", "list", "--topic", Topics.TTS_COMMANDS).out()).contains("(redriven)");
        assertThat(ops("trace", requestId.toString()).out()).contains("→ SpeechSynthesized  ✓");
    }

    /**
     * The README's procedure for moving a service's group: a dry run, the refusal while an instance is in the group,
     * then the move with the group empty (to an offset, past one record, to a time). A group of the test's own stands
     * in for the service's: the shared stack's services never leave theirs.
     */
    @Test
    void shouldMoveAStoppedGroupToAnOffsetPastAPoisonRecordAndToATimeButNeverALiveOne() throws Exception {
        String group = "ops-it-" + UUID.randomUUID();
        TopicPartition partition = new TopicPartition("ops-it." + UUID.randomUUID(), 0);
        Instant start = Instant.now().minusSeconds(60);
        for (int i = 0; i < 6; i++) {
            // two records per second, so a time names the first of two
            kafka.publish(new ProducerRecord<>(partition.topic(), 0, start.plusSeconds(i / 2).toEpochMilli(),
                    "key", "record " + i));
        }
        List<ConsumerRecord<String, String>> records = kafka.read(List.of(partition.topic()), record -> true);
        assertThat(records).hasSize(6);
        long end = 6;
        try (KafkaConsumer<String, String> member = consumer(group)) {
            member.assign(List.of(partition));
            member.commitSync(Map.of(partition, new OffsetAndMetadata(end)));
        }
        String[] reset = {"offsets", "reset", "--group", group, "--topic", partition.topic(), "--partition", "0"};

        Result dryRun = ops(with(reset, "--to-offset", "1"));
        assertThat(dryRun.out()).contains(partition.topic() + "-0", end + " → 1", "Dry run");
        assertThat(committed(group, partition)).isEqualTo(end);

        try (KafkaConsumer<String, String> live = consumer(group)) {
            live.subscribe(List.of(partition.topic()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                live.poll(Duration.ofMillis(100));
                return !live.assignment().isEmpty();
            });
            Result refused = ops(with(reset, "--to-offset", "1", "--execute"));
            assertThat(refused.exit()).isEqualTo(3);
            assertThat(refused.out()).contains("live member");
        }

        assertThat(ops(with(reset, "--to-offset", "1", "--execute")).exit()).isZero();
        assertThat(committed(group, partition)).isEqualTo(1);
        assertThat(ops(with(reset, "--skip-one", "--execute")).exit()).isZero();
        assertThat(committed(group, partition)).isEqualTo(2);
        assertThat(ops(with(reset, "--to-offset", "5", "--execute")).exit()).isZero();
        // the fourth record's time: the third was written in the same second, so the group goes back to the third
        Instant time = Instant.ofEpochMilli(records.get(3).timestamp());
        assertThat(ops(with(reset, "--to-time", time.toString(), "--execute")).exit()).isZero();
        assertThat(committed(group, partition)).isEqualTo(2);
        assertThat(ops("offsets", "show", "--group", group).out()).contains(partition.topic() + "-0",
                "committed        2  end        6  lag 4");
    }

    private long committed(String group, TopicPartition partition) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                kafka.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition).offset();
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private OpsSettings settings() {
        Map<String, String> urls = new LinkedHashMap<>();
        stack.services().keySet().forEach(name -> urls.put(name, "http://127.0.0.1:" + stack.managementPort(name)));
        return new OpsSettings(stack.infrastructure().kafkaBootstrapServers(), urls);
    }

    private Result ops(String... args) {
        StringWriter out = new StringWriter();
        int exit = OpsCli.run(settings, new PrintWriter(out, true), new PrintWriter(out, true), args);
        return new Result(exit, out.toString());
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private record Result(int exit, String out) {
    }
}
