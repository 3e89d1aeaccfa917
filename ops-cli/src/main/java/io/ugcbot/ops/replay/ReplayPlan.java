package io.ugcbot.ops.replay;

import io.ugcbot.ops.kafka.RecordView;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Per record of a slice, what a replay into one service would do, decided from what the service says of itself
 * ({@code /actuator/replay}: its inbox, its effects per type, how long its inbox remembers) and the group's committed
 * offset. Pure: the command gathers the inputs, this decides.
 */
public record ReplayPlan(String service, List<Step> steps, boolean rebuild) {

    public record Step(RecordView record, Verdict verdict, String reason) {
    }

    /**
     * @param committed      the group's committed offset on a record's partition, or -1 when it has none there
     * @param allowUnapplied deliver records the service never applied even when their effect reaches outside
     * @param rebuild        a replay that rebuilds read models: only the types the service rebuilds from, and none of
     *                       its reactions, so nothing is refused for reaching outside
     */
    public static ReplayPlan decide(String service, List<RecordView> records, JsonNode answer,
                                    ToLongFunction<RecordView> committed, boolean allowUnapplied, boolean rebuild,
                                    Instant now) {
        JsonNode handled = answer.get("handled");
        JsonNode effects = answer.get(rebuild ? "rebuilds" : "effects");
        Duration memory = Duration.parse(answer.get("inboxRetention").asString());
        List<Step> steps = records.stream().map(record -> {
            String type = record.type();
            if (record.id() == null || type == null) {
                return new Step(record, Verdict.REFUSED, "no ce_id/ce_type: a poison record, see bin/dlt");
            }
            JsonNode effect = effects == null ? null : effects.get(type);
            if (effect == null) {
                return new Step(record, Verdict.IGNORED, service + (rebuild ? " keeps nothing for reading from "
                        : " does not act on ") + type);
            }
            JsonNode appliedAt = handled.get(record.id());
            if (appliedAt != null) {
                return new Step(record, Verdict.APPLIED_BEFORE, "applied at " + appliedAt.asString()
                        + ": its inbox skips it");
            }
            long reached = committed.applyAsLong(record);
            if (reached >= 0 && record.offset() >= reached && !record.topic().startsWith("replay.")) {
                // a rebuild claiming it first would leave the live delivery a duplicate, and its reaction unsaid
                return new Step(record, Verdict.NOT_REACHED, "past the group's committed offset " + reached
                        + ": " + service + " applies it in its turn");
            }
            if (rebuild) {
                return new Step(record, Verdict.WOULD_APPLY, "rebuild: " + effect.asString()
                        + " (nothing is said to anyone)");
            }
            String does = effect.get("does").asString();
            boolean outside = effect.get("outside").asBoolean();
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
        return new ReplayPlan(service, steps, rebuild);
    }

    public boolean refused() {
        return steps.stream().anyMatch(step -> step.verdict() == Verdict.REFUSED);
    }

    /**
     * What a real run sends: records to apply, and those applied before (the inbox skips them; re-delivering the slice
     * is what was asked), except in a rebuild, where they would only be skipped.
     */
    public List<RecordView> delivered() {
        return steps.stream().filter(step -> step.verdict() == Verdict.WOULD_APPLY
                || step.verdict() == Verdict.APPLIED_BEFORE && !rebuild).map(Step::record).toList();
    }
}
