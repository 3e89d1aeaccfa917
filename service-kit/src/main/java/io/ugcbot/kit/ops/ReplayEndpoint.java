package io.ugcbot.kit.ops;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /actuator/replay?ids=<ce_id>,…}: which of these records this service has applied and when (its inbox),
 * what it does with each record type (and with each when a replay rebuilds its read models), and how long its inbox
 * remembers. {@code bin/replay --dry-run} decides from it.
 */
@Endpoint(id = "replay")
public class ReplayEndpoint {

    /** What one request may ask about: a replay's slice is asked in chunks of this many ids. */
    public static final int MAX_IDS = 500;

    private final JdbcClient jdbc;
    private final RecordEffects effects;
    private final String consumer;
    private final Duration inboxRetention;

    public ReplayEndpoint(JdbcClient jdbc, RecordEffects effects, String consumer, Duration inboxRetention) {
        this.jdbc = jdbc;
        this.effects = effects;
        this.consumer = consumer;
        this.inboxRetention = inboxRetention;
    }

    /** @param ids record ids ({@code ce_id}), comma-separated; none: only the effects and the memory */
    @ReadOperation
    public Map<String, Object> replay(@Nullable String ids) {
        List<UUID> asked = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .limit(MAX_IDS).map(UUID::fromString).toList();
        Map<String, Instant> handled = new LinkedHashMap<>();
        if (!asked.isEmpty()) {
            jdbc.sql("select event_id, processed_at from processed_message where consumer = :consumer "
                            + "and event_id = any(cast(:ids as uuid[]))")
                    .param("consumer", consumer)
                    .param("ids", asked.stream().map(UUID::toString).toArray(String[]::new))
                    .query((row, n) -> Map.entry(row.getString(1), row.getTimestamp(2).toInstant()))
                    .list().forEach(entry -> handled.put(entry.getKey(), entry.getValue()));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("consumer", consumer);
        answer.put("inboxRetention", inboxRetention.toString());
        answer.put("handled", handled);
        answer.put("effects", effects.byType());
        answer.put("rebuilds", effects.rebuilds());
        return answer;
    }
}
