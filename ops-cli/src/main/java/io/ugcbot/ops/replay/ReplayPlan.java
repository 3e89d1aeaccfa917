package io.ugcbot.ops.replay;

import io.ugcbot.ops.kafka.RecordView;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Per record of a slice, what a replay into one service would do, decided from what the service says of itself
 * ({@code /actuator/replay}: its inbox, its effects per type, how long its inbox remembers) and the group's committed
 * offset. Pure: the command gathers the inputs, this decides.
 */
public record ReplayPlan(String service, List<Step> steps) {

    public record Step(RecordView record, Verdict verdict, String reason) {
    }

    /**
     * @param committed      the group's committed offset on the slice's partition, or -1 when it has none there
     * @param allowUnapplied deliver records the service never applied even when their effect reaches outside
     */
    public static ReplayPlan decide(String service, List<RecordView> records, JsonNode answer, long committed,
                                    boolean allowUnapplied, Instant now) {
        JsonNode handled = answer.get("handled");
        JsonNode effects = answer.get("effects");
        Duration memory = Duration.parse(answer.get("inboxRetention").asString());
        List<Step> steps = records.stream().map(record -> {
            String type = record.type();
            JsonNode effect = type == null ? null : effects.get(type);
            if (record.id() == null || type == null) {
                return new Step(record, Verdict.REFUSED, "no ce_id/ce_type: a poison record, see bin/dlt");
            }
            if (effect == null) {
                return new Step(record, Verdict.IGNORED, service + " does not act on " + type);
            }
            String does = effect.get("does").asString();
            boolean outside = effect.get("outside").asBoolean();
            JsonNode appliedAt = handled.get(record.id());
            if (appliedAt != null) {
                return new Step(record, Verdict.APPLIED_BEFORE, "applied at " + appliedAt.asString()
                        + ": its inbox skips it");
            }
            if (committed >= 0 && record.offset() >= committed && !record.topic().startsWith("replay.")) {
                return new Step(record, Verdict.NOT_REACHED, "past the group's committed offset " + committed
                        + ": " + service + " applies it in its turn");
            }
            if (!outside) {
                return new Step(record, Verdict.WOULD_APPLY, "not in the inbox: " + does
                        + " (keyed by its ids, so nothing repeats)");
            }
            if (record.time().isBefore(now.minus(memory))) {
                return new Step(record, Verdict.REFUSED, "older than " + service + "'s inbox memory (" + memory
                        + "): most likely applied and forgotten, and it " + does);
            }
            if (allowUnapplied) {
                return new Step(record, Verdict.WOULD_APPLY, "never applied (allowed): " + does);
            }
            return new Step(record, Verdict.REFUSED, "never applied (an offset moved past it, or a dead letter?) and"
                    + " it " + does + "; pass --allow-unapplied to deliver it for the first time");
        }).toList();
        return new ReplayPlan(service, steps);
    }

    public boolean refused() {
        return steps.stream().anyMatch(step -> step.verdict() == Verdict.REFUSED);
    }

    public List<RecordView> delivered() {
        return steps.stream().filter(step -> step.verdict().delivered()).map(Step::record).toList();
    }
}
