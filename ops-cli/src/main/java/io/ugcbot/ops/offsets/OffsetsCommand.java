package io.ugcbot.ops.offsets;

import io.ugcbot.ops.OpsSettings;
import io.ugcbot.ops.Since;
import io.ugcbot.ops.kafka.Broker;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code bin/offsets show --group G} and {@code bin/offsets reset --group G --topic T [--partition P] (--to-time | --to-offset | --skip-one)}. */
@Command(name = "offsets", mixinStandardHelpOptions = true, description = "A service's consumer group: show, reset.",
        subcommands = {OffsetsCommand.Show.class, OffsetsCommand.Reset.class})
public final class OffsetsCommand {

    private OffsetsCommand() {
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Broker broker, String group) throws Exception {
        return broker.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }

    private static String name(TopicPartition partition) {
        return partition.topic() + "-" + partition.partition();
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Committed offset, end and lag per partition.")
    public static final class Show implements Callable<Integer> {

        private final OpsSettings settings;

        @Spec
        private CommandSpec spec;

        @Option(names = "--group", required = true, description = "the service, e.g. video-service")
        private String group;

        public Show(OpsSettings settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Broker broker = new Broker(settings.bootstrapServers())) {
                Map<TopicPartition, OffsetAndMetadata> committed = new TreeMap<>(
                        Comparator.comparing(OffsetsCommand::name));
                committed.putAll(committed(broker, group));
                ConsumerGroupDescription description = broker.admin().describeConsumerGroups(List.of(group))
                        .all().get().get(group);
                out.printf("%s: %s, %d member(s)%n", group, description.groupState(), description.members().size());
                Map<TopicPartition, Long> ends = broker.endOffsets(committed.keySet());
                committed.forEach((partition, offset) -> out.printf("  %-32s committed %8d  end %8d  lag %d%n",
                        name(partition), offset.offset(), ends.get(partition), ends.get(partition) - offset.offset()));
                return 0;
            }
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Move the group on a topic (all partitions, or one). A dry run unless --execute.")
    public static final class Reset implements Callable<Integer> {

        private final OpsSettings settings;

        @Spec
        private CommandSpec spec;

        @Option(names = "--group", required = true, description = "the service, e.g. video-service")
        private String group;

        @Option(names = "--topic", required = true)
        private String topic;

        @Option(names = "--partition", description = "one partition; default all")
        private Integer partition;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Target target;

        @Option(names = "--execute", description = "move it (otherwise only say where it would go)")
        private boolean execute;

        static final class Target {
            @Option(names = "--to-time", description = "the first record at or after this time (ISO, or an age: 2h)")
            String time;
            @Option(names = "--to-offset", description = "this offset")
            Long offset;
            @Option(names = "--skip-one", description = "one past the committed offset: past a poison record")
            boolean skipOne;
        }

        public Reset(OpsSettings settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Broker broker = new Broker(settings.bootstrapServers())) {
                Map<TopicPartition, OffsetAndMetadata> committed = committed(broker, group);
                Map<TopicPartition, OffsetAndMetadata> moves = new LinkedHashMap<>();
                int partitions = broker.admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().size();
                for (int p = 0; p < partitions; p++) {
                    if (partition != null && partition != p) {
                        continue;
                    }
                    TopicPartition tp = new TopicPartition(topic, p);
                    OffsetAndMetadata current = committed.get(tp);
                    long to = target(broker, tp, current);
                    out.printf("  %-32s %8s → %d%n", name(tp), current == null ? "none" : current.offset(), to);
                    moves.put(tp, new OffsetAndMetadata(to));
                }
                if (!execute) {
                    out.println("Dry run: the group was not moved. Add --execute (with the service's instances stopped).");
                    return 0;
                }
                ConsumerGroupDescription description = broker.admin().describeConsumerGroups(List.of(group))
                        .all().get().get(group);
                if (!description.members().isEmpty()) {
                    out.printf("Refused: %s has %d live member(s); Kafka moves only a group nobody is in. Stop the "
                            + "service's instances, run this again, start them.%n", group, description.members().size());
                    return 3;
                }
                broker.admin().alterConsumerGroupOffsets(group, moves).all().get();
                out.printf("Moved %s on %d partition(s).%n", group, moves.size());
                return 0;
            }
        }

        private long target(Broker broker, TopicPartition tp, OffsetAndMetadata current) {
            if (target.time != null) {
                return broker.offsetAt(tp.topic(), tp.partition(), Since.parse(target.time, Instant.now()));
            }
            if (target.offset != null) {
                return target.offset;
            }
            if (current == null) {
                throw new IllegalStateException(group + " has no committed offset on " + name(tp) + " to skip from");
            }
            return current.offset() + 1;
        }
    }
}
