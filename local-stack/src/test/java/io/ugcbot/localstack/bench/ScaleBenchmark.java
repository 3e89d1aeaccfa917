package io.ugcbot.localstack.bench;

import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Envelope;
import io.ugcbot.events.Topics;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.localstack.support.FakeFalQueue;
import io.ugcbot.localstack.support.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code bin/bench-scale} (a benchmark, not a test): how completed work grows with instances. video-service (fal
 * OmniHuman played by a local server that takes {@code -Dprovider.seconds=3} per video) and tts-service (ElevenLabs
 * played the same way) run as processes of their own with 1, 2 and 4 instances; a burst of {@code -Dvideos=40}
 * generations (or as many speeches) goes in, and the completed items per minute are printed with the ratio to one
 * instance. Goal: 4 instances at least 3.2x one.
 */
public final class ScaleBenchmark {

    private static final int VIDEOS = Integer.getInteger("videos", 40);
    private static final long PROVIDER_MS = Long.getLong("provider.seconds", 3) * 1000;
    private static final List<Integer> INSTANCES = List.of(1, 2, 4);

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bench-scale");
        Path media = dir.resolve("media");
        Files.createDirectories(media);
        Path clip = media.resolve("head.mp4");
        Path speech = media.resolve("speech.mp3");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "testsrc=s=360x640:d=2:r=25", "-f", "lavfi", "-i", "sine=d=2", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clip.toString()), Duration.ofMinutes(1));
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i", "sine=d=2",
                "-c:a", "libmp3lame", speech.toString()), Duration.ofMinutes(1));
        byte[] clipBytes = Files.readAllBytes(clip);
        byte[] speechBytes = Files.readAllBytes(speech);
        try (Infrastructure infrastructure = Infrastructure.start(dir.resolve("data"), 0, 0);
             FakeProvider fal = FakeProvider.start(new FakeFalQueue(clipBytes, PROVIDER_MS, PROVIDER_MS, 0)::answer);
             FakeProvider elevenLabs = FakeProvider.start(request -> elevenLabs(request, speechBytes))) {
            Map<String, String> environment = environment(infrastructure);
            AssetStore assets = AssetStore.create(new KitProperties.S3(infrastructure.s3Endpoint(), "us-east-1",
                    "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));
            AssetRef character = assets.put("bench/character.png", Files.readAllBytes(portrait(media)), "image/png");
            AssetRef audio = assets.put("bench/speech.mp3", speechBytes, "audio/mpeg");
            KafkaTopics kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());

            Map<String, String> video = new LinkedHashMap<>(environment);
            video.put("FAL_KEY", "bench-key");
            video.put("FAL_QUEUE_URL", fal.url(""));
            video.put("FAL_FIRST_POLL", "200ms");
            video.put("FAL_MAX_POLL", "400ms");
            Map<String, String> tts = new LinkedHashMap<>(environment);
            tts.put("ELEVENLABS_API_KEY", "bench-key");
            tts.put("ELEVENLABS_API_URL", elevenLabs.url(""));

            System.out.printf("%nScaling, %d items a round, a provider taking %d ms per item (%d cores)%n", VIDEOS,
                    PROVIDER_MS, Runtime.getRuntime().availableProcessors());
            report("video-service", INSTANCES.stream().map(n -> round("video-service", n, video, dir, kafka,
                    () -> generations(character, audio), Topics.VIDEO_EVENTS, "video.VideoReady.v1")).toList());
            report("tts-service", INSTANCES.stream().map(n -> round("tts-service", n, tts, dir, kafka,
                    ScaleBenchmark::speeches, Topics.TTS_EVENTS, "tts.SpeechSynthesized.v1")).toList());
        }
    }

    private static double round(String service, int instances, Map<String, String> environment, Path dir,
                                KafkaTopics kafka, java.util.function.Supplier<Work> work, String topic,
                                String doneType) {
        List<ServiceProcess> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
        // stopped or killed itself, the benchmark takes its processes with it
        Thread cleanup = new Thread(() -> processes.forEach(ServiceProcess::kill));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (int i = 0; i < instances; i++) {
                processes.add(ServiceProcess.start(service, i, environment, dir.resolve("logs-" + instances)));
            }
            ServiceProcess.awaitAllReady(processes, Duration.ofMinutes(4));
            Work items = work.get();
            try (Completions completions = new Completions(kafka, topic, doneType, items.ids())) {
                long started = System.nanoTime();
                kafka.send(items.records());
                completions.awaitAll(Duration.ofMinutes(15));
                double minutes = (System.nanoTime() - started) / 6e10;
                double perMinute = items.ids().size() / minutes;
                System.out.printf("  %-14s %d instance(s): %d done in %5.1f s = %5.1f per minute%n", service,
                        instances, items.ids().size(), minutes * 60, perMinute);
                return perMinute;
            }
        } finally {
            processes.forEach(ServiceProcess::close);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private static void report(String service, List<Double> perMinute) {
        double one = perMinute.getFirst();
        StringBuilder line = new StringBuilder("  " + service + " vs one instance:");
        for (int i = 0; i < INSTANCES.size(); i++) {
            line.append(String.format(" %dx -> %.2fx", INSTANCES.get(i), perMinute.get(i) / one));
        }
        double four = perMinute.getLast() / one;
        System.out.println(line + (four >= 3.2 ? "  (goal 3.2x: met)" : "  (goal 3.2x: NOT met)"));
    }

    private record Work(Set<String> ids, List<ProducerRecord<String, String>> records) {
    }

    /** A request and its reservation per generation, each for a user of its own (spread over the partitions). */
    private static Work generations(AssetRef character, AssetRef audio) {
        Set<String> ids = new HashSet<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < VIDEOS; i++) {
            UUID generation = UUID.randomUUID();
            long user = 5_000_000_000L + Math.abs(generation.getMostSignificantBits() % 1_000_000_000L);
            ids.add(generation.toString());
            records.add(KafkaTopics.record(Envelope.wrap(new GenerationRequested(generation, user,
                    VideoFormat.TALKING_HEAD, "anna", character, audio, 2000, null, "bench", List.of(), 1,
                    Orientation.PORTRAIT), "bench", null), null));
            records.add(KafkaTopics.record(Envelope.wrap(new CreditsReserved(generation, user, 1, 9,
                    Instant.now().plus(Duration.ofHours(1))), "bench", null), null));
        }
        return new Work(ids, records);
    }

    private static Work speeches() {
        Set<String> ids = new HashSet<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < VIDEOS; i++) {
            UUID request = UUID.randomUUID();
            long user = 6_000_000_000L + Math.abs(request.getMostSignificantBits() % 1_000_000_000L);
            ids.add(request.toString());
            records.add(KafkaTopics.record(Envelope.wrap(new SynthesizeSpeech(request, user, "en-female-1",
                    "A benchmark line number " + i + ".", "en", 100), "bench", null), null));
        }
        return new Work(ids, records);
    }

    /** Counts the completion records of the ids it waits for, from the topic's end when it was created. */
    private static final class Completions implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final String doneType;
        private final Set<String> waiting = ConcurrentHashMap.newKeySet();

        Completions(KafkaTopics kafka, String topic, String doneType, Set<String> ids) {
            Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            this.consumer = new KafkaConsumer<>(properties);
            this.doneType = doneType;
            this.waiting.addAll(ids);
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        void awaitAll(Duration patience) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(waiting.size() + " not done within " + patience);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (doneType.equals(KafkaTopics.header(record, CloudEventHeaders.TYPE))) {
                        waiting.remove(KafkaTopics.header(record, CloudEventHeaders.SUBJECT));
                    }
                }
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }


    /**
     * ElevenLabs' speech with timestamps, answered after {@link #PROVIDER_MS} for the benchmark's lines (the voice
     * previews a starting instance makes are answered at once, so they do not weigh on the first round).
     */
    private static Reply elevenLabs(FakeProvider.Request request, byte[] mp3) {
        if (!request.uri().contains("/with-timestamps")) {
            return Reply.json(200, "[{\"model_id\":\"eleven_multilingual_v2\"}]");
        }
        String body = "{\"audio_base64\":\"" + Base64.getEncoder().encodeToString(mp3) + "\",\"alignment\":{"
                + "\"characters\":[\"H\",\"i\"],\"character_start_times_seconds\":[0.0,0.5],"
                + "\"character_end_times_seconds\":[0.5,1.0]}}";
        return request.body().contains("benchmark line") ? Reply.json(200, body).delayedBy(PROVIDER_MS)
                : Reply.json(200, body);
    }

    private static Map<String, String> environment(Infrastructure infrastructure) {
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.put("KAFKA_PARTITIONS", "12");
        environment.put("VIDEO_POLL_INTERVAL", "100ms");
        return environment;
    }

    private static Path portrait(Path media) {
        Path png = media.resolve("character.png");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "color=c=orange:s=360x640:d=1", "-frames:v", "1", png.toString()), Duration.ofMinutes(1));
        return png;
    }
}
