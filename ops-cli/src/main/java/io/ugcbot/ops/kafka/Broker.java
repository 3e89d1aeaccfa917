package io.ugcbot.ops.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The broker, for tools: reads are bounded by the end offsets when the read starts (a tool prints what is there and
 * stops, it never follows), and nothing here joins a consumer group, so a tool never takes partitions from a service.
 */
public final class Broker implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private Admin admin;

    public Broker(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        }
        return admin;
    }

    /** Every topic's name, internal ones ({@code __consumer_offsets}) left out. */
    public Set<String> topics() throws Exception {
        return new TreeSet<>(admin().listTopics().names().get());
    }

    /** Every record on these topics from {@code since} (null: the beginning) up to what is there now that matches. */
    public List<RecordView> read(Collection<String> topics, Instant since, Predicate<RecordView> filter) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(
                        new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> start = new HashMap<>(consumer.beginningOffsets(partitions));
            if (since != null) {
                Map<TopicPartition, Long> times = new HashMap<>();
                partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                consumer.offsetsForTimes(times).forEach((partition, found) ->
                        start.put(partition, found == null ? ends.get(partition) : found.offset()));
            }
            return readBetween(consumer, start, consumer.endOffsets(partitions), filter);
        }
    }

    /** The records of one partition from {@code from} up to {@code to}, both included. */
    public List<RecordView> slice(String topic, int partition, long from, long to) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            long end = Math.min(to + 1, consumer.endOffsets(List.of(tp)).get(tp));
            long begin = Math.max(from, consumer.beginningOffsets(List.of(tp)).get(tp));
            return readBetween(consumer, Map.of(tp, begin), Map.of(tp, end), record -> true);
        }
    }

    /** The first offset at or after {@code time} on a partition; its end offset when nothing is that recent. */
    public long offsetAt(String topic, int partition, Instant time) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            OffsetAndTimestamp found = consumer.offsetsForTimes(Map.of(tp, time.toEpochMilli())).get(tp);
            return found == null ? consumer.endOffsets(List.of(tp)).get(tp) : found.offset();
        }
    }

    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(partitions);
        }
    }

    public void send(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            records.forEach(record -> acks.add(producer.send(record)));
            for (var ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("sending to the broker failed: " + e.getMessage(), e);
        }
    }

    private static List<RecordView> readBetween(KafkaConsumer<String, String> consumer,
                                                Map<TopicPartition, Long> start, Map<TopicPartition, Long> end,
                                                Predicate<RecordView> filter) {
        start.forEach(consumer::seek);
        List<RecordView> records = new ArrayList<>();
        while (start.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                RecordView view = RecordView.of(record);
                if (record.offset() < end.get(tp) && filter.test(view)) {
                    records.add(view);
                }
            }
        }
        return records;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
