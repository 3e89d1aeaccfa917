package io.ugcbot.gateway.outgoing;

import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which rows of the gateway's own tables grow without bound, and when they may go (see the kit's retention). */
@Configuration
class OutgoingRetention {

    /**
     * Sent, given-up and superseded messages, except the newest row of each file Telegram knows by id: that row is the cache that
     * lets a portrait or a video go again without an upload.
     */
    @Bean
    PruneRule settledMessages() {
        return new PruneRule("outgoing_message", """
                t.status in ('SENT', 'FAILED', 'SUPERSEDED') and t.created_at < :cutoff
                and (t.telegram_file_id is null or exists (select 1 from outgoing_message n
                     where n.asset_key = t.asset_key and n.telegram_file_id is not null and n.id > t.id))""");
    }

    /** The hourly limit looks back one hour; older calls only count in statistics for a while. */
    @Bean
    PruneRule countedPaidCalls() {
        return new PruneRule("paid_call", "t.requested_at < :cutoff");
    }
}
