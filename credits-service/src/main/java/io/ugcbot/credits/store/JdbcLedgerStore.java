package io.ugcbot.credits.store;

import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.ledger.Account;
import io.ugcbot.credits.ledger.Entry;
import io.ugcbot.credits.ledger.GrantRecord;
import io.ugcbot.credits.ledger.LedgerBook;
import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.credits.ledger.Reservation;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@Component
public class JdbcLedgerStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final CreditsProperties properties;

    public JdbcLedgerStore(NamedParameterJdbcTemplate jdbc, CreditsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The state the operations touch, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerBook load(Collection<? extends Operation> operations) {
        Set<UUID> generations = new TreeSet<>();
        Set<UUID> grantIds = new TreeSet<>();
        Set<Long> users = new TreeSet<>();
        for (Operation operation : operations) {
            users.add(operation.userId());
            if (operation instanceof Operation.Grant) {
                grantIds.add(operation.referenceId());
            } else {
                generations.add(operation.referenceId());
            }
        }
        List<Reservation> reservations = generations.isEmpty() ? List.of() : jdbc.query("""
                select * from reservation where generation_id in (:ids) order by generation_id for update""",
                Map.of("ids", generations), JdbcLedgerStore::reservation);
        reservations.forEach(reservation -> users.add(reservation.userId()));
        List<Account> accounts = lockAccounts(users);
        List<GrantRecord> grants = grantIds.isEmpty() ? List.of() : jdbc.query(
                "select * from credit_grant where grant_id in (:ids)", Map.of("ids", grantIds),
                JdbcLedgerStore::grant);
        return new LedgerBook(accounts, grants, reservations, properties.reservationTimeout());
    }

    /** Pending reservations whose time is up, locked; rows another transaction holds are skipped, not waited for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Operation.Release> expiredReservations(Instant now, int limit) {
        return jdbc.query("""
                        select generation_id, user_id from reservation
                        where status = 'PENDING' and expires_at <= :now
                        order by generation_id limit :limit for update skip locked""",
                Map.of("now", Timestamp.from(now), "limit", limit),
                (rs, row) -> new Operation.Release(rs.getObject("generation_id", UUID.class), rs.getLong("user_id"),
                        ReleaseReason.EXPIRED));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LedgerBook book) {
        batch("update account set granted = :granted, pending = :pending, captured = :captured where user_id = :user",
                book.accounts().stream().filter(Account::changed).map(account -> new MapSqlParameterSource()
                        .addValue("user", account.userId()).addValue("granted", account.granted())
                        .addValue("pending", account.pending()).addValue("captured", account.captured())).toList());
        batch("""
                        insert into credit_grant (grant_id, user_id, amount, kind, actor, created_at)
                        values (:id, :user, :amount, :kind, :actor, :at)""",
                book.newGrants().stream().map(grant -> new MapSqlParameterSource()
                        .addValue("id", grant.grantId()).addValue("user", grant.userId())
                        .addValue("amount", grant.amount()).addValue("kind", grant.kind().name())
                        .addValue("actor", grant.actor()).addValue("at", Timestamp.from(grant.createdAt()))).toList());
        batch("""
                        insert into reservation (generation_id, user_id, amount, captured_amount, status, expires_at,
                                                 created_at, settled_at)
                        values (:id, :user, :amount, :captured, :status, :expires, :created, :settled)""",
                book.reservations().stream().filter(Reservation::isNew).map(JdbcLedgerStore::reservationRow).toList());
        batch("""
                        update reservation set status = :status, captured_amount = :captured, settled_at = :settled
                        where generation_id = :id""",
                book.reservations().stream().filter(r -> r.changed() && !r.isNew())
                        .map(JdbcLedgerStore::reservationRow).toList());
        batch("""
                        insert into ledger_entry (user_id, delta, kind, reference_id, actor, created_at)
                        values (:user, :delta, :kind, :ref, :actor, :at)""",
                book.entries().stream().map(entry -> new MapSqlParameterSource()
                        .addValue("user", entry.userId()).addValue("delta", entry.delta())
                        .addValue("kind", entry.kind().name()).addValue("ref", entry.referenceId())
                        .addValue("actor", entry.actor()).addValue("at", Timestamp.from(entry.createdAt()))).toList());
    }

    /**
     * Creates missing accounts first (so two transactions never both "create" one and overwrite each other), then
     * locks them all in user id order.
     */
    private List<Account> lockAccounts(Set<Long> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        batch("insert into account (user_id) values (:user) on conflict do nothing",
                users.stream().map(user -> new MapSqlParameterSource("user", user)).toList());
        return jdbc.query("""
                        select user_id, granted, pending, captured from account
                        where user_id in (:users) order by user_id for update""", Map.of("users", users),
                (rs, row) -> new Account(rs.getLong("user_id"), rs.getLong("granted"), rs.getLong("pending"),
                        rs.getLong("captured")));
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource reservationRow(Reservation r) {
        return new MapSqlParameterSource()
                .addValue("id", r.generationId()).addValue("user", r.userId()).addValue("amount", r.amount())
                .addValue("captured", r.capturedAmount()).addValue("status", r.status().name())
                .addValue("expires", Timestamp.from(r.expiresAt())).addValue("created", Timestamp.from(r.createdAt()))
                .addValue("settled", r.settledAt() == null ? null : Timestamp.from(r.settledAt()));
    }

    private static Reservation reservation(ResultSet rs, int row) throws SQLException {
        Timestamp settled = rs.getTimestamp("settled_at");
        return new Reservation(rs.getObject("generation_id", UUID.class), rs.getLong("user_id"), rs.getInt("amount"),
                Reservation.Status.valueOf(rs.getString("status")), rs.getInt("captured_amount"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                settled == null ? null : settled.toInstant());
    }

    private static GrantRecord grant(ResultSet rs, int row) throws SQLException {
        return new GrantRecord(rs.getObject("grant_id", UUID.class), rs.getLong("user_id"), rs.getInt("amount"),
                GrantKind.valueOf(rs.getString("kind")), rs.getString("actor"),
                rs.getTimestamp("created_at").toInstant());
    }

}
