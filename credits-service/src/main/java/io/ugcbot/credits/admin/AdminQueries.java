package io.ugcbot.credits.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read-only views of the ledger for operators. */
@Component
class AdminQueries {

    record Balance(long userId, long available, long granted, long pending, long captured) {
    }

    record HistoryRow(long id, int delta, String kind, UUID referenceId, String actor, OffsetDateTime at) {
    }

    record Totals(long granted, long captured, long pending, long expired, long accounts) {
    }

    private final JdbcClient jdbc;

    AdminQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Balance balance(long userId) {
        return jdbc.sql("select user_id, granted - captured - pending as available, granted, pending, captured "
                        + "from account where user_id = :user").param("user", userId)
                .query(Balance.class).optional().orElse(new Balance(userId, 0, 0, 0, 0));
    }

    List<HistoryRow> history(long userId, int limit) {
        return jdbc.sql("""
                        select id, delta, kind, reference_id, actor, created_at as at from ledger_entry
                        where user_id = :user order by id desc limit :limit""")
                .param("user", userId).param("limit", limit).query(HistoryRow.class).list();
    }

    Totals totals() {
        return jdbc.sql("""
                        select coalesce(sum(granted), 0) as granted, coalesce(sum(captured), 0) as captured,
                               coalesce(sum(pending), 0) as pending,
                               (select coalesce(sum(amount), 0) from reservation where status = 'EXPIRED') as expired,
                               count(*) as accounts
                        from account""").query(Totals.class).single();
    }
}
