package io.ugcbot.ops.replay;

import io.ugcbot.ops.kafka.RecordView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a replay decides per record from the service's answer and the group's offset. */
class ReplayPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");
    private static final JsonNode ANSWER = JsonMapper.builder().build().readTree("""
            {"consumer":"video-service","inboxRetention":"PT336H",
             "handled":{"00000000-0000-7000-8000-000000000001":"2026-12-01T10:00:00Z"},
             "effects":{"credits.CreditsReserved.v1":{"does":"queues a paid render","outside":true},
                        "credits.CreditsReleased.v1":{"does":"cancels the render job","outside":false}},
             "rebuilds":{"credits.CreditsReleased.v1":"marks the job cancelled"}}""");

    @Test
    void shouldDecideEachRecordFromTheInboxTheEffectItsAgeAndTheGroupsOffset() {
        List<RecordView> records = List.of(
                record(10, "00000000-0000-7000-8000-000000000001", "credits.CreditsReserved.v1", NOW.minusSeconds(60)),
                record(11, "00000000-0000-7000-8000-000000000002", "credits.CreditsReleased.v1", NOW.minusSeconds(60)),
                record(12, "00000000-0000-7000-8000-000000000003", "credits.CreditsGranted.v1", NOW.minusSeconds(60)),
                record(13, "00000000-0000-7000-8000-000000000004", "credits.CreditsReserved.v1",
                        NOW.minus(Duration.ofDays(20))),
                record(14, "00000000-0000-7000-8000-000000000005", "credits.CreditsReserved.v1", NOW.minusSeconds(5)),
                record(20, "00000000-0000-7000-8000-000000000006", "credits.CreditsReserved.v1", NOW.minusSeconds(1)),
                record(21, null, null, NOW));

        ReplayPlan plan = ReplayPlan.decide("video-service", records, ANSWER, record -> 20, false, false, NOW);

        assertThat(plan.steps()).extracting(ReplayPlan.Step::verdict).containsExactly(Verdict.APPLIED_BEFORE,
                Verdict.WOULD_APPLY, Verdict.IGNORED, Verdict.REFUSED, Verdict.REFUSED, Verdict.NOT_REACHED,
                Verdict.REFUSED);
        assertThat(plan.steps().get(3).reason()).contains("older than video-service's inbox memory (PT336H)");
        assertThat(plan.steps().get(4).reason()).contains("never applied", "queues a paid render", "--allow-unapplied");
        assertThat(plan.refused()).isTrue();
        assertThat(plan.delivered()).extracting(RecordView::offset).containsExactly(10L, 11L);
    }

    @Test
    void shouldDeliverANeverAppliedRecordOnlyWhenAllowedAndNeverAForgottenOne() {
        List<RecordView> records = List.of(
                record(14, "00000000-0000-7000-8000-000000000005", "credits.CreditsReserved.v1", NOW.minusSeconds(5)),
                record(13, "00000000-0000-7000-8000-000000000004", "credits.CreditsReserved.v1",
                        NOW.minus(Duration.ofDays(20))));

        ReplayPlan plan = ReplayPlan.decide("video-service", records, ANSWER, record -> -1, true, false, NOW);

        assertThat(plan.steps()).extracting(ReplayPlan.Step::verdict)
                .containsExactly(Verdict.WOULD_APPLY, Verdict.REFUSED);
    }

    @Test
    void shouldRebuildOnlyFromWhatTheServiceKeepsForReadingAndNeverPastWhereItHasReached() {
        List<RecordView> records = List.of(
                record(10, "00000000-0000-7000-8000-000000000001", "credits.CreditsReleased.v1", NOW.minusSeconds(60)),
                record(11, "00000000-0000-7000-8000-000000000002", "credits.CreditsReleased.v1",
                        NOW.minus(Duration.ofDays(20))),
                record(12, "00000000-0000-7000-8000-000000000003", "credits.CreditsReserved.v1", NOW.minusSeconds(60)),
                record(20, "00000000-0000-7000-8000-000000000004", "credits.CreditsReleased.v1", NOW.minusSeconds(1)));

        ReplayPlan plan = ReplayPlan.decide("video-service", records, ANSWER, record -> 20, false, true, NOW);

        assertThat(plan.steps()).extracting(ReplayPlan.Step::verdict).containsExactly(Verdict.APPLIED_BEFORE,
                Verdict.WOULD_APPLY, Verdict.IGNORED, Verdict.NOT_REACHED);
        assertThat(plan.steps().get(1).reason()).isEqualTo("rebuild: marks the job cancelled (nothing is said to "
                + "anyone)");
        assertThat(plan.refused()).isFalse();
    }

    private static RecordView record(long offset, String id, String type, Instant time) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        if (id != null) {
            headers.put("ce_id", id.getBytes(StandardCharsets.UTF_8));
            headers.put("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        headers.put("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
        return new RecordView("credits.events", 0, offset, time, "7", headers, "{}");
    }
}
