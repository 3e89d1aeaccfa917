package io.ugcbot.ops.replay;

import io.ugcbot.events.Topics;
import io.ugcbot.ops.OpsSettings;
import io.ugcbot.ops.Since;
import io.ugcbot.ops.kafka.Broker;
import io.ugcbot.ops.kafka.RecordView;
import io.ugcbot.ops.kafka.ServiceApi;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bin/replay --topic T --partition P --from OFFSET|TIME --to OFFSET|TIME|end --group SERVICE [--execute]};
 * {@code --rebuild} re-delivers for the service's read models only, from several topics at once
 * ({@code --topic gateway.events,credits.events,video.events}, every partition unless one is named), in the order the
 * records were written, so a user's history is rebuilt from its request onwards.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-deliver a slice of a topic to one service. A dry run unless --execute is given.")
public final class ReplayCommand implements Callable<Integer> {

    private static final int ASKED_AT_ONCE = 200;

    private final OpsSettings settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--topic", required = true, split = ",", description = "the topic (several, comma-separated, "
            + "for a rebuild)")
    private List<String> topics;

    @Option(names = "--partition", description = "its partition; default every partition")
    private Integer partition;

    @Option(names = "--from", required = true, description = "the first offset (of each partition), or a time (ISO, "
            + "or an age: 2h)")
    private String from;

    @Option(names = "--to", required = true, description = "the last offset (included), a time, or end")
    private String to;

    @Option(names = "--group", required = true, description = "the service to re-deliver to (its consumer group), "
            + "e.g. credits-service")
    private String service;

    @Option(names = "--dry-run", defaultValue = "true", negatable = true,
            description = "only say what a replay would do (the default)")
    private boolean dryRun;

    @Option(names = "--execute", description = "re-deliver (the same as --no-dry-run)")
    private boolean execute;

    @Option(names = "--allow-unapplied", description = "deliver records the service never applied even when they "
            + "reach outside its database (records an offset reset or a dead letter skipped)")
    private boolean allowUnapplied;

    @Option(names = "--rebuild", description = "rebuild the service's read models (after it lost its database): "
            + "only what it keeps for reading is applied, it says nothing to anyone")
    private boolean rebuild;

    public ReplayCommand(OpsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = Instant.now();
        ServiceApi api = new ServiceApi(service, settings.managementUrl(service));
        try (Broker broker = new Broker(settings.bootstrapServers())) {
            List<RecordView> records = new ArrayList<>();
            for (TopicPartition slice : partitions(broker)) {
                long first = offset(broker, slice, from, now);
                long last = to.equals("end") ? Long.MAX_VALUE - 1
                        : to.matches("\\d+") ? Long.parseLong(to) : offset(broker, slice, to, now) - 1;
                records.addAll(broker.slice(slice.topic(), slice.partition(), first, last));
            }
            // one partition keeps its order; several are merged in the order their records were written
            records.sort(Comparator.comparing(RecordView::time).thenComparing(RecordView::topic)
                    .thenComparingInt(RecordView::partition).thenComparingLong(RecordView::offset));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    broker.admin().listConsumerGroupOffsets(service).partitionsToOffsetAndMetadata().get();
            ReplayPlan plan = ReplayPlan.decide(service, records, ask(api, records), record -> {
                OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                return offset == null ? -1 : offset.offset();
            }, allowUnapplied, rebuild, now);
            print(out, plan);
            if (!execute && dryRun) {
                out.println("Dry run: nothing was sent. Add --execute to re-deliver.");
                return plan.refused() ? 3 : 0;
            }
            if (plan.refused()) {
                out.println("Refused: nothing was sent (the records marked REFUSED say why).");
                return 3;
            }
            List<RecordView> delivered = plan.delivered();
            String target = Topics.replayTopic(service);
            broker.send(delivered.stream().map(record -> toReplayTopic(record, target)).toList());
            out.printf("Sent %d record(s) to %s%s.%n", delivered.size(), target, rebuild ? " to rebuild" : "");
            return 0;
        }
    }

    private List<TopicPartition> partitions(Broker broker) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        var described = broker.admin().describeTopics(topics).allTopicNames().get();
        for (String topic : topics) {
            described.get(topic).partitions().forEach(info -> {
                if (partition == null || partition == info.partition()) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            });
        }
        return partitions;
    }

    private static long offset(Broker broker, TopicPartition slice, String value, Instant now) {
        return value.matches("\\d+") ? Long.parseLong(value)
                : broker.offsetAt(slice.topic(), slice.partition(), Since.parse(value, now));
    }

    /** The service's answer for every record, asked in chunks the endpoint accepts. */
    private static JsonNode ask(ServiceApi api, List<RecordView> records) {
        List<String> ids = records.stream().map(RecordView::id).filter(id -> id != null).distinct().toList();
        JsonNode answer = api.replay(List.of());
        ObjectNode handled = (ObjectNode) answer.get("handled");
        for (int i = 0; i < ids.size(); i += ASKED_AT_ONCE) {
            handled.setAll((ObjectNode) api.replay(ids.subList(i, Math.min(ids.size(), i + ASKED_AT_ONCE)))
                    .get("handled"));
        }
        return answer;
    }

    private void print(PrintWriter out, ReplayPlan plan) {
        out.printf("%s of %s (partition %s), offsets %s…%s, to %s: %d record(s)%n", rebuild ? "Rebuild" : "Replay",
                String.join(", ", topics), partition == null ? "all" : partition, from, to, service,
                plan.steps().size());
        for (ReplayPlan.Step step : plan.steps()) {
            out.printf("  %-24s %-34s %-15s %s%n", step.record().topic() + "-" + step.record().partition() + "@"
                            + step.record().offset(), step.record().type() == null ? "(no ce_type)"
                            : step.record().type(), step.verdict(), step.reason());
        }
    }

    /** The record as it was, to the service's replay topic, saying where it came from (and why, for a rebuild). */
    private ProducerRecord<String, String> toReplayTopic(RecordView record, String replayTopic) {
        var copy = new ProducerRecord<>(replayTopic, null, record.key(), record.value());
        record.headers().forEach((name, value) -> copy.headers().add(name, value));
        copy.headers().add(Topics.REPLAYED_FROM_HEADER, record.position().getBytes(StandardCharsets.UTF_8));
        if (rebuild) {
            copy.headers().add(Topics.REPLAY_MODE_HEADER, Topics.REBUILD.getBytes(StandardCharsets.UTF_8));
        }
        return copy;
    }
}
