package io.ugcbot.ops.trace;

import io.ugcbot.ops.OpsSettings;
import io.ugcbot.ops.Since;
import io.ugcbot.ops.kafka.Broker;
import io.ugcbot.ops.kafka.RecordView;
import io.ugcbot.ops.kafka.ServiceApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code bin/trace <generationId | requestId | userId>}. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Every record about a generation, request or user on every topic, the story it tells and "
                + "what each service's own state says.")
public final class TraceCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final OpsSettings settings;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "a generation id, a request id (speech, edit, import, link) or a "
            + "Telegram user id")
    private String id;

    @Option(names = "--since", defaultValue = "7d",
            description = "how far back to read: an age (7d, 12h) or an ISO time; default ${DEFAULT-VALUE}, the topics' retention")
    private String since;

    @Option(names = "--json", description = "one JSON document for machines")
    private boolean json;

    public TraceCommand(OpsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() throws Exception {
        Instant now = Instant.now();
        Trace trace;
        try (Broker broker = new Broker(settings.bootstrapServers())) {
            trace = new Trace(id, records(broker, Since.parse(since, now)), now, states());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(trace.asMap()));
        } else {
            trace.print(out);
        }
        return trace.records().isEmpty() ? 4 : 0;
    }

    /**
     * A user's records by their key; a generation's or request's by {@code ce_subject}, and then every record sharing a
     * trace id with those (the W3C trace context each service carries to the records it causes).
     */
    private List<RecordView> records(Broker broker, Instant from) throws Exception {
        List<String> topics = broker.topics().stream().filter(topic -> !topic.startsWith("__")).toList();
        List<RecordView> found;
        if (id.matches("\\d{1,19}")) {
            found = broker.read(topics, from, record -> id.equals(record.key()));
        } else {
            found = new ArrayList<>(broker.read(topics, from, record -> id.equals(record.subject())));
            Set<String> traces = new HashSet<>();
            found.stream().map(RecordView::traceId).filter(Objects::nonNull).forEach(traces::add);
            Set<String> seen = new HashSet<>();
            found.forEach(record -> seen.add(record.position()));
            if (!traces.isEmpty()) {
                broker.read(topics, from, record -> traces.contains(record.traceId()) && !seen.contains(record.position()))
                        .forEach(found::add);
            }
        }
        return found.stream().sorted(Comparator.comparing(RecordView::time).thenComparing(RecordView::topic)
                .thenComparingLong(RecordView::offset)).toList();
    }

    /** What each service's own tables say, through its management API; an unreachable service is named as such. */
    private Map<String, Object> states() {
        Map<String, Object> states = new LinkedHashMap<>();
        settings.managementUrls().forEach((service, url) -> {
            try {
                states.put(service, new ServiceApi(service, url).subject(id));
            } catch (ServiceApi.ServiceUnavailable e) {
                states.put(service, "unreachable: " + e.getMessage());
            }
        });
        return states;
    }

    /** One trace: the records, the stories per subject, the services' states. */
    record Trace(String id, List<RecordView> records, Instant now, Map<String, Object> states) {

        /**
         * One story per chain of causes: records belong together when they share a subject or a trace id (a welcome
         * grant has its own id but the trace of the registration that caused it; a render's records share the
         * generation's id). Each story is named by its first record's subject.
         */
        List<Story> stories() {
            Map<String, String> parent = new LinkedHashMap<>();
            List<List<String>> keys = records.stream().map(Trace::linkKeys).toList();
            keys.forEach(linked -> linked.forEach(key -> parent.putIfAbsent(key, key)));
            keys.forEach(linked -> linked.stream().skip(1).forEach(key -> union(parent, linked.getFirst(), key)));
            Map<String, List<RecordView>> byChain = new LinkedHashMap<>();
            for (int i = 0; i < records.size(); i++) {
                byChain.computeIfAbsent(root(parent, keys.get(i).getFirst()), chain -> new ArrayList<>())
                        .add(records.get(i));
            }
            List<Story> stories = new ArrayList<>();
            byChain.values().forEach(chain -> stories.add(Story.of(
                    Objects.requireNonNullElse(chain.getFirst().subject(), "(no subject)"), chain, now)));
            return stories;
        }

        private static List<String> linkKeys(RecordView record) {
            List<String> keys = new ArrayList<>();
            keys.add("subject:" + Objects.requireNonNullElse(record.subject(), record.position()));
            if (record.traceId() != null) {
                keys.add("trace:" + record.traceId());
            }
            return keys;
        }

        private static String root(Map<String, String> parent, String key) {
            String root = key;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            return root;
        }

        private static void union(Map<String, String> parent, String a, String b) {
            String rootA = root(parent, a);
            String rootB = root(parent, b);
            if (!rootA.equals(rootB)) {
                parent.put(rootB, rootA);
            }
        }

        void print(PrintWriter out) {
            if (records.isEmpty()) {
                out.println("No record mentions " + id + " on any topic in the time read.");
            }
            Instant previous = null;
            for (RecordView record : records) {
                String delay = previous == null ? "" : "+" + Durations.words(Duration.between(previous, record.time()));
                out.printf("%s %9s  %-26s %-34s %-16s %s%n", CLOCK.format(record.time()), delay,
                        record.topic() + " " + record.partition() + "/" + record.offset(),
                        Objects.requireNonNullElse(record.type(), "(no ce_type)"),
                        Objects.requireNonNullElse(record.source(), "?"), PayloadSummary.of(record.value()));
                previous = record.time();
            }
            if (!records.isEmpty()) {
                out.println();
                out.println("Story:");
                for (Story story : stories()) {
                    out.printf("  %s  %s%s%n", story.subject(), story.line(), story.complete() ? "  ✓" : "");
                }
            }
            out.println();
            out.println("State, as each service tells it:");
            states.forEach((service, state) -> out.printf("  %-16s %s%n", service, stateLine(state)));
        }

        private static String stateLine(Object state) {
            if (state instanceof tools.jackson.databind.JsonNode rows && rows.isArray()) {
                if (rows.isEmpty()) {
                    return "nothing";
                }
                List<String> lines = new ArrayList<>();
                rows.forEach(row -> lines.add(row.toString()));
                return String.join("\n" + " ".repeat(19), lines);
            }
            return String.valueOf(state);
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("records", records.stream().map(record -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("time", record.time().toString());
                row.put("topic", record.topic());
                row.put("partition", record.partition());
                row.put("offset", record.offset());
                row.put("type", record.type());
                row.put("source", record.source());
                row.put("subject", record.subject());
                row.put("id", record.id());
                row.put("summary", PayloadSummary.of(record.value()));
                return row;
            }).toList());
            map.put("stories", stories());
            map.put("state", states);
            return map;
        }
    }
}
