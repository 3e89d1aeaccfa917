package io.ugcbot.localstack.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read-only looks into the services' schemas, to assert on what they stored. */
public final class Databases {

    private static final List<String> SCHEMAS = List.of("gateway", "credits", "tts", "edit", "video", "storage");

    private final JdbcClient jdbc;

    public Databases(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public long availableCredits(long userId) {
        return jdbc.sql("select granted - captured - pending from credits.account where user_id = ?")
                .param(userId).query(Long.class).optional().orElse(0L);
    }

    public List<Map<String, Object>> ledger(long userId) {
        return jdbc.sql("select kind, delta, reference_id, actor from credits.ledger_entry where user_id = ? order by id")
                .param(userId).query().listOfRows();
    }

    public long ledgerRows(UUID referenceId, String kind) {
        return jdbc.sql("select count(*) from credits.ledger_entry where reference_id = ? and kind = ?")
                .param(referenceId).param(kind).query(Long.class).single();
    }

    public String reservationStatus(UUID generationId) {
        return jdbc.sql("select status from credits.reservation where generation_id = ?")
                .param(generationId).query(String.class).optional().orElse(null);
    }

    public UUID latestGeneration(long userId) {
        return jdbc.sql("select generation_id from gateway.generation where user_id = ? order by created_at desc limit 1")
                .param(userId).query(UUID.class).single();
    }

    /** The user's latest generation, or null before the gateway has recorded one. */
    public UUID latestGenerationOrNull(long userId) {
        return jdbc.sql("select generation_id from gateway.generation where user_id = ? order by created_at desc limit 1")
                .param(userId).query(UUID.class).optional().orElse(null);
    }

    public List<Map<String, Object>> renderJobs(long userId) {
        return jdbc.sql("select generation_id, status, attempts, request from video.render_job where user_id = ? "
                + "order by created_at").param(userId).query().listOfRows();
    }

    public List<Map<String, Object>> assets(long userId) {
        return jdbc.sql("select bucket, key, kind, sha256 from storage.asset where owner_id = ? order by key")
                .param(userId).query().listOfRows();
    }

    /** The gateway's "my credits" read model, oldest first. */
    public List<Map<String, Object>> creditMovements(long userId) {
        return jdbc.sql("select kind, delta, balance_after from gateway.credit_movement where user_id = ? "
                + "order by recorded_at").param(userId).query().listOfRows();
    }

    public long outgoingMessages(long userId) {
        return jdbc.sql("select count(*) from gateway.outgoing_message where chat_id = ?")
                .param(userId).query(Long.class).single();
    }

    /** Nothing is waiting in any outbox, for Kafka or for Telegram. */
    /** The status of a queued Telegram message, by what caused it. */
    public String outgoingStatus(String dedupKey) {
        return jdbc.sql("select status from gateway.outgoing_message where dedup_key = ?").param(dedupKey)
                .query(String.class).single();
    }

    /** Messages to these chats that were not (yet) sent. */
    public long unsentMessages(long... chatIds) {
        long count = 0;
        for (long chat : chatIds) {
            count += jdbc.sql("select count(*) from gateway.outgoing_message where chat_id = ? and status <> 'SENT'")
                    .param(chat).query(Long.class).single();
        }
        return count;
    }

    public boolean everythingSent() {
        long waiting = 0;
        for (String schema : SCHEMAS) {
            waiting += jdbc.sql("select count(*) from " + schema + ".outbox").query(Long.class).single();
        }
        waiting += jdbc.sql("select count(*) from gateway.outgoing_message where status = 'PENDING'")
                .query(Long.class).single();
        return waiting == 0;
    }
}
