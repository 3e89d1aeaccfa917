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

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bin/replay --topic T --partition P --from OFFSET|TIME --to OFFSET|TIME --group SERVICE [--execute]}. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-deliver a slice of one partition to one service. A dry run unless --execute is given.")
public final class ReplayCommand implements Callable<Integer> {

    private final OpsSettings settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--topic", required = true, description = "the topic the records are on")
    private String topic;

    @Option(names = "--partition", required = true, description = "its partition")
    private int partition;

    @Option(names = "--from", required = true, description = "the first offset, or a time (ISO, or an age: 2h)")
    private String from;

    @Option(names = "--to", required = true, description = "the last offset (included), or a time")
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

    public ReplayCommand(OpsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = Instant.now();
        ServiceApi api = new ServiceApi(service, settings.managementUrl(service));
        try (Broker broker = new Broker(settings.bootstrapServers())) {
            long first = offset(broker, from, now);
            long last = to.matches("\\d+") ? Long.parseLong(to) : offset(broker, to, now) - 1;
            List<RecordView> slice = broker.slice(topic, partition, first, last);
            ReplayPlan plan = ReplayPlan.decide(service, slice, ask(api, slice), committed(broker), allowUnapplied,
                    now);
            print(out, first, last, plan);
            if (!execute && dryRun) {
                out.println("Dry run: nothing was sent. Add --execute to re-deliver.");
                return plan.refused() ? 3 : 0;
            }
            if (plan.refused()) {
                out.println("Refused: nothing was sent (the records marked REFUSED say why).");
                return 3;
            }
            List<RecordView> delivered = plan.delivered();
            broker.send(delivered.stream().map(record -> toReplayTopic(record, Topics.replayTopic(service))).toList());
            out.printf("Sent %d record(s) to %s.%n", delivered.size(), Topics.replayTopic(service));
            return 0;
        }
    }

    private long offset(Broker broker, String value, Instant now) {
        return value.matches("\\d+") ? Long.parseLong(value) : broker.offsetAt(topic, partition, Since.parse(value, now));
    }

    /** The service's answer for the whole slice, asked in chunks the endpoint accepts. */
    private static JsonNode ask(ServiceApi api, List<RecordView> slice) {
        List<String> ids = slice.stream().map(RecordView::id).filter(id -> id != null).distinct().toList();
        JsonNode answer = api.replay(List.of());
        var handled = (tools.jackson.databind.node.ObjectNode) answer.get("handled");
        for (int i = 0; i < ids.size(); i += 200) {
            handled.setAll((tools.jackson.databind.node.ObjectNode) api.replay(ids.subList(i,
                    Math.min(ids.size(), i + 200))).get("handled"));
        }
        return answer;
    }

    private long committed(Broker broker) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                broker.admin().listConsumerGroupOffsets(service).partitionsToOffsetAndMetadata().get();
        OffsetAndMetadata committed = offsets.get(new TopicPartition(topic, partition));
        return committed == null ? -1 : committed.offset();
    }

    private void print(PrintWriter out, long first, long last, ReplayPlan plan) {
        out.printf("Replay of %s-%d, offsets %d…%d, to %s (%d record(s)):%n", topic, partition, first, last, service,
                plan.steps().size());
        for (ReplayPlan.Step step : plan.steps()) {
            out.printf("  @%-8d %-34s %-15s %s%n", step.record().offset(),
                    step.record().type() == null ? "(no ce_type)" : step.record().type(), step.verdict(), step.reason());
        }
    }

    /** The record as it was, to the service's replay topic, saying where it came from. */
    private static ProducerRecord<String, String> toReplayTopic(RecordView record, String replayTopic) {
        var copy = new ProducerRecord<>(replayTopic, null, record.key(), record.value());
        List<String> names = new ArrayList<>(record.headers().keySet());
        names.forEach(name -> copy.headers().add(name, record.headers().get(name)));
        copy.headers().add(Topics.REPLAYED_FROM_HEADER, record.position().getBytes(StandardCharsets.UTF_8));
        return copy;
    }
}
