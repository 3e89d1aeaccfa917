package io.ugcbot.embedded;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads, writes and watches the real broker the way an operator's tools would. */
public final class KafkaTopics {

    private static final MessageCodec CODEC = new MessageCodec();

    private final String bootstrapServers;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record currently on the product's topics (not the dead-letter ones) that matches. */
    public List<ConsumerRecord<String, String>> readAll(Predicate<ConsumerRecord<String, String>> filter) {
        return read(Topics.ALL.stream().map(Topics.Spec::name).toList(), filter);
    }

    /** Every record currently on the dead-letter topics ({@code <topic>.dlt}) that matches. */
    public List<ConsumerRecord<String, String>> readDeadLetters(Predicate<ConsumerRecord<String, String>> filter) {
        return read(Topics.ALL.stream().map(Topics.Spec::deadLetterTopic).toList(), filter);
    }

    /** Every record currently on these topics that matches. */
    public List<ConsumerRecord<String, String>> read(List<String> topics,
                                                      Predicate<ConsumerRecord<String, String>> filter) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (filter.test(record)) {
                        records.add(record);
                    }
                });
            }
            return records;
        }
    }

    /** Sends the record as it is (explicit partition and headers included). */
    public void send(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = producer()) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** Sends the records again, byte for byte with their headers: what a developer's replay does. */
    public void republish(Collection<ConsumerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = producer()) {
            for (ConsumerRecord<String, String> record : records) {
                ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), record.partition(),
                        record.key(), record.value());
                for (Header header : record.headers()) {
                    copy.headers().add(header.key(), header.value());
                }
                producer.send(copy);
            }
            producer.flush();
        }
    }

    /** Publishes a message the way its service's outbox relay would: its topic, user key and CloudEvents headers. */
    public void publish(Message message, String source) {
        publish(record(Envelope.wrap(message, source, null), null));
    }

    /** The Kafka record of an envelope, on the given partition (null: by key). */
    public static ProducerRecord<String, String> record(Envelope envelope, Integer partition) {
        var record = new ProducerRecord<>(envelope.topic(), partition, envelope.key(), CODEC.encode(envelope.payload()));
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    public void publish(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record);
            producer.flush();
        }
    }

    /**
     * True when each of these consumer groups has consumed everything on every partition of every topic it reads: the
     * topics it has committed offsets on or is assigned now. A partition the group has not committed on yet counts as
     * unread from offset 0 (checking only committed partitions once declared a group done before it had seen a fresh
     * user's partition at all).
     */
    public boolean caughtUp(Collection<String> groups) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var descriptions = admin.describeConsumerGroups(groups).all().get();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Set<String> topics = new HashSet<>();
                committed.keySet().forEach(partition -> topics.add(partition.topic()));
                descriptions.get(group).members().forEach(member ->
                        member.assignment().topicPartitions().forEach(partition -> topics.add(partition.topic())));
                if (!caughtUp(admin, committed, topics)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The same for one group and the topics it is known to read, whether or not it has joined or committed yet. */
    public boolean caughtUp(String group, Collection<String> topics) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return caughtUp(admin, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(),
                    topics);
        }
    }

    private static boolean caughtUp(AdminClient admin, Map<TopicPartition, OffsetAndMetadata> committed,
                                     Collection<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return true;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().values().forEach(topic -> topic.partitions().forEach(
                partition -> latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get();
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            if ((done == null ? 0 : done.offset()) < end.getValue().offset()) {
                return false;
            }
        }
        return true;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
