package io.ugcbot.credits.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from credits-service (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class CreditsOpsConfiguration {

    /** Every effect is a ledger row keyed by the operation's id, and the ledger is never pruned. */
    @Bean
    RecordEffects recordEffects() {
        return new RecordEffects()
                .keyed("gateway.UserRegistered.v1", "grants the welcome bonus (once per user: its id is the user's)")
                .keyed("gateway.GenerationRequested.v1", "reserves the cost (once per generation)")
                .keyed("credits.GrantCredits.v1", "grants credits (once per grant id)")
                .keyed("gateway.StarsPaymentReceived.v1", "grants the purchase (once per Telegram charge)")
                .keyed("gateway.StarsPaymentRefunded.v1", "takes back the purchase's unspent credits (once per grant)")
                .keyed("credits.CaptureCredits.v1", "captures a reservation (once: it has one final state)")
                .keyed("video.VideoProgress.v1", "keeps a pending reservation alive")
                .keyed("video.VideoReady.v1", "captures the reservation (once: it has one final state)")
                .keyed("video.VideoFailed.v1", "releases the reservation (once: it has one final state)");
    }

    @Bean
    SubjectState reservationState(JdbcClient jdbc) {
        return new TableState(jdbc, "reservation",
                "select status, amount, captured_amount, expires_at, settled_at from reservation "
                        + "where generation_id = :id", null);
    }

    @Bean
    SubjectState accountState(JdbcClient jdbc) {
        return new TableState(jdbc, "account", null,
                "select granted, pending, captured from account where user_id = :user");
    }
}
