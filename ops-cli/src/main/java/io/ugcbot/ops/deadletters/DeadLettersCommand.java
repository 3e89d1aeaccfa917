package io.ugcbot.ops.deadletters;

import io.ugcbot.ops.OpsSettings;
import io.ugcbot.ops.kafka.Broker;
import io.ugcbot.ops.kafka.RecordView;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code bin/dlt list [--topic T]} and {@code bin/dlt redrive --topic T [--id ce_id | --offset N] [--value-file F]}. */
@Command(name = "dlt", mixinStandardHelpOptions = true, description = "Dead-letter topics: list, redrive.",
        subcommands = {DeadLettersCommand.ListDeadLetters.class, DeadLettersCommand.Redrive.class})
public final class DeadLettersCommand {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private DeadLettersCommand() {
    }

    /** {@code tts.commands} and {@code tts.commands.dlt} both name the dead-letter topic. */
    static String deadLetterTopic(String topic) {
        return topic.endsWith(".dlt") ? topic : topic + ".dlt";
    }

    static List<String> deadLetterTopics(Broker broker, String topic) throws Exception {
        if (topic != null) {
            return List.of(deadLetterTopic(topic));
        }
        return broker.topics().stream().filter(name -> name.endsWith(".dlt")).toList();
    }

    /** The dead letters already sent back: their positions, from the header every redriven record carries. */
    static Set<String> redriven(Broker broker, List<DeadLetter> letters) {
        Set<String> topics = new HashSet<>();
        letters.forEach(letter -> topics.add(letter.originalTopic()));
        Set<String> done = new HashSet<>();
        broker.read(topics, null, record -> record.header(DeadLetter.REDRIVEN_FROM) != null)
                .forEach(record -> done.add(record.header(DeadLetter.REDRIVEN_FROM)));
        return done;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Each dead letter and why it is there.")
    public static final class ListDeadLetters implements java.util.concurrent.Callable<Integer> {

        private final OpsSettings settings;

        @Spec
        private CommandSpec spec;

        @Option(names = "--topic", description = "one topic (or its .dlt); default: every dead-letter topic")
        private String topic;

        public ListDeadLetters(OpsSettings settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Broker broker = new Broker(settings.bootstrapServers())) {
                List<DeadLetter> letters = broker.read(deadLetterTopics(broker, topic), null, record -> true).stream()
                        .map(DeadLetter::new).toList();
                Set<String> redriven = redriven(broker, letters);
                if (letters.isEmpty()) {
                    out.println("No dead letters.");
                }
                for (DeadLetter letter : letters) {
                    RecordView record = letter.record();
                    out.printf("%s  %s  %s%n", CLOCK.format(record.timestamp()), record.position(),
                            redriven.contains(record.position()) ? "(redriven)" : "");
                    out.printf("    from %s, consumer %s%n", letter.originalPosition(), letter.consumer());
                    out.printf("    %s %s key=%s%n", Objects.requireNonNullElse(record.type(), "(no ce_type)"),
                            Objects.requireNonNullElse(record.id(), "(no ce_id)"), record.key());
                    out.printf("    why: %s%n", letter.failure());
                }
                return 0;
            }
        }
    }

    @Command(name = "redrive", mixinStandardHelpOptions = true,
            description = "Send dead letters back to their topic, once each.")
    public static final class Redrive implements java.util.concurrent.Callable<Integer> {

        private final OpsSettings settings;

        @Spec
        private CommandSpec spec;

        @Option(names = "--topic", required = true, description = "the topic (or its .dlt)")
        private String topic;

        @Option(names = "--id", description = "only the dead letter with this ce_id")
        private String id;

        @Option(names = "--offset", description = "only the dead letter at this offset of the .dlt topic "
                + "(for a record without ce_id)")
        private Long offset;

        @Option(names = "--value-file", description = "send this payload instead of the dead letter's (one record)")
        private Path valueFile;

        @Option(names = "--dry-run", description = "only say what would be sent")
        private boolean dryRun;

        public Redrive(OpsSettings settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Broker broker = new Broker(settings.bootstrapServers())) {
                List<DeadLetter> chosen = broker.read(List.of(deadLetterTopic(topic)), null, record ->
                                (id == null || id.equals(record.id())) && (offset == null || offset == record.offset()))
                        .stream().map(DeadLetter::new).toList();
                if (chosen.isEmpty()) {
                    out.println("No dead letter on " + deadLetterTopic(topic) + " matches.");
                    return 4;
                }
                if (valueFile != null && chosen.size() != 1) {
                    out.println("--value-file replaces one record's payload; " + chosen.size() + " match: choose one "
                            + "with --id or --offset.");
                    return 2;
                }
                Set<String> redriven = redriven(broker, chosen);
                List<DeadLetter> pending = chosen.stream()
                        .filter(letter -> !redriven.contains(letter.record().position())).toList();
                chosen.stream().filter(letter -> redriven.contains(letter.record().position())).forEach(letter ->
                        out.println("Already redriven, not sent again: " + letter.record().position()));
                String value = valueFile == null ? null : Files.readString(valueFile);
                List<ProducerRecord<String, String>> records = pending.stream().map(letter -> back(letter, value))
                        .toList();
                if (!dryRun) {
                    broker.send(records);
                }
                pending.forEach(letter -> out.printf("%s %s → %s%n", dryRun ? "Would send" : "Sent",
                        letter.record().position(), letter.originalTopic()));
                return pending.isEmpty() ? 3 : 0;
            }
        }

        /** Back to its topic and partition, its own headers kept (ce_id too: the inbox still applies it once). */
        private static ProducerRecord<String, String> back(DeadLetter letter, String value) {
            RecordView record = letter.record();
            var copy = new ProducerRecord<>(letter.originalTopic(), letter.originalPartition(), record.key(),
                    value != null ? value : record.value());
            record.headers().forEach((name, bytes) -> {
                if (!DeadLetter.isDeadLetterHeader(name)) {
                    copy.headers().add(name, bytes);
                }
            });
            copy.headers().add(DeadLetter.REDRIVEN_FROM, record.position().getBytes(StandardCharsets.UTF_8));
            return copy;
        }
    }
}
