package io.ugcbot.kit.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this service does with each record type it acts on, for a replay's dry run. A service declares one bean. The
 * inbox makes a record it remembers harmless to deliver again; a record it has forgotten (its claim pruned after
 * {@code RECORD_RETENTION}, or a database rebuilt) is applied afresh, and that is only safe when every effect is
 * keyed by the record's own ids in the database. An effect outside it (a paid provider call, a Telegram message whose
 * sent mark was pruned too) is marked {@code outside}: {@code bin/replay} refuses to re-deliver such a record when
 * the service has no memory of it (Axon marks the same handlers {@code @DisallowReplay}).
 */
public final class RecordEffects {

    /** @param outside true when applying the record afresh repeats something outside the service's database */
    public record Effect(String does, boolean outside) {
    }

    private final Map<String, Effect> byType = new LinkedHashMap<>();
    private final Map<String, String> rebuilds = new LinkedHashMap<>();

    /** A record whose every effect is keyed by its ids in this service's database: applying it again changes nothing. */
    public RecordEffects keyed(String type, String does) {
        byType.put(type, new Effect(does, false));
        return this;
    }

    /** A record whose handling reaches outside the database (a provider call, a message to a user). */
    public RecordEffects outside(String type, String does) {
        byType.put(type, new Effect(does, true));
        return this;
    }

    /**
     * A record the service rebuilds a read model from when it is replayed with {@code --rebuild} (its reactions do not
     * run then); see {@code IdempotentReceiver}'s read-model handler.
     */
    public RecordEffects rebuilds(String type, String does) {
        rebuilds.put(type, does);
        return this;
    }

    /** What a rebuild replay does with each type, by {@code ce_type}; a type not listed is skipped. */
    public Map<String, String> rebuilds() {
        return Collections.unmodifiableMap(rebuilds);
    }

    /** By {@code ce_type} ({@code <owner>.<Record>.v1}); a type not listed is one this service ignores. */
    public Map<String, Effect> byType() {
        return Collections.unmodifiableMap(byType);
    }
}
