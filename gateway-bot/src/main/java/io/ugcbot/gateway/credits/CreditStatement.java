package io.ugcbot.gateway.credits;

import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.users.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * "My credits": the balance and the latest changes to it, from credits-service's events. Each change is one row keyed by
 * what caused it, so a redelivered or replayed event writes nothing new.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CreditStatement {

    static final String VIDEO = "VIDEO";
    static final String REFUND = "REFUND";
    private static final int SHOWN = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Users users;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;

    CreditStatement(JdbcClient jdbc, Users users, Outgoing outgoing, Texts texts, Menus menus) {
        this.jdbc = jdbc;
        this.users = users;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    /** @param at when credits-service granted it (the record's time), so a rebuilt statement reads as the first */
    public void granted(CreditsGranted event, Instant at) {
        record(event.userId(), event.grantId(), event.kind().name(), event.amount(), event.balance(), at);
    }

    /** A refunded purchase: what the ledger took back. */
    public void revoked(CreditsRevoked event, Instant at) {
        record(event.userId(), event.grantId(), REFUND, -event.amount(), event.balance(), at);
    }

    public void captured(CreditsCaptured event, Instant at) {
        record(event.userId(), event.generationId(), VIDEO, -event.amount(), event.balance(), at);
    }

    /** The balance, and what changed it lately (newest first). */
    public void show(long userId) {
        StringBuilder text = new StringBuilder(texts.get(userId, "balance", users.balanceOf(userId)));
        var lines = jdbc.sql("""
                        select kind, delta, recorded_at from credit_movement where user_id = :user
                        order by recorded_at desc, reference_id desc limit :limit""")
                .param("user", userId).param("limit", SHOWN)
                .query((rs, row) -> texts.get(userId, "credits.movement.line",
                        WHEN.format(rs.getTimestamp("recorded_at").toInstant()),
                        texts.get(userId, "credits.movement." + rs.getString("kind"), Math.abs(rs.getInt("delta")))))
                .list();
        if (!lines.isEmpty()) {
            text.append("\n\n").append(texts.get(userId, "credits.movements"));
            lines.forEach(line -> text.append('\n').append(line));
        }
        outgoing.text(userId, null, text.toString(), menus.mainWithTopUp(userId));
    }

    private void record(long userId, UUID referenceId, String kind, int delta, long balanceAfter, Instant at) {
        jdbc.sql("""
                        insert into credit_movement (user_id, reference_id, kind, delta, balance_after, recorded_at)
                        values (:user, :reference, :kind, :delta, :balance, :at) on conflict do nothing""")
                .param("user", userId).param("reference", referenceId).param("kind", kind).param("delta", delta)
                .param("balance", balanceAfter).param("at", Timestamp.from(at))
                .update();
    }
}
