package io.ugcbot.credits.store;

import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.ledger.Account;
import io.ugcbot.credits.ledger.Entry;
import io.ugcbot.credits.ledger.GrantRecord;
import io.ugcbot.credits.ledger.LedgerBook;
import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.credits.ledger.Reservation;
import io.ugcbot.credits.ledger.Revocation;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import io.ugcbot.kit.jdbc.ColumnBatch;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
        Set<UUID> revokedIds = new TreeSet<>();
        Set<Long> users = new TreeSet<>();
        for (Operation operation : operations) {
            users.add(operation.userId());
            if (operation instanceof Operation.Grant || operation instanceof Operation.Revoke) {
                grantIds.add(operation.referenceId());
                if (operation instanceof Operation.Revoke) {
                    revokedIds.add(operation.referenceId());
                }
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
        // only a revoke reads revocations: the welcome bonuses and top-ups of a batch need no second query
        List<Revocation> revocations = revokedIds.isEmpty() ? List.of() : jdbc.query(
                "select * from grant_revocation where grant_id in (:ids)", Map.of("ids", revokedIds),
                (rs, row) -> new Revocation(rs.getObject("grant_id", UUID.class), rs.getLong("user_id"),
                        rs.getInt("amount"), rs.getString("actor"), rs.getTimestamp("created_at").toInstant()));
        return new LedgerBook(accounts, grants, revocations, reservations, properties.reservationTimeout());
    }

    /**
     * Keeps the pending reservations of renders that report progress alive: each report pushes the expiry to a full
     * timeout from now, so a reservation expires only when its render has gone silent for that long. Ids are sorted,
     * so the row locks are taken in the same order as everywhere else.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keepAlive(Collection<UUID> generationIds, Instant now) {
        if (generationIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                        update reservation r set expires_at = greatest(r.expires_at, :until)
                        from (select unnest(cast(:ids as uuid[])) as id order by 1) alive
                        where r.generation_id = alive.id and r.status = 'PENDING'""",
                Map.of("until", Timestamp.from(now.plus(properties.reservationTimeout())),
                        "ids", generationIds.stream().distinct().sorted().toArray(UUID[]::new)));
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

    /*
     * Every write is one statement per batch over column arrays (ColumnBatch): a JDBC batch of single-row updates cost
     * PostgreSQL ~30 µs a row, the joined unnest a fraction of that. Rows being updated are locked already (load).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LedgerBook book) {
        JdbcOperations sql = jdbc.getJdbcOperations();
        ColumnBatch.of(book.accounts().stream().filter(Account::changed).toList())
                .column("bigint", Account::userId).column("bigint", Account::granted)
                .column("bigint", Account::pending).column("bigint", Account::captured)
                .execute(sql, """
                        update account a set granted = c.granted, pending = c.pending, captured = c.captured
                        from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                             as c(user_id, granted, pending, captured)
                        where a.user_id = c.user_id""");
        ColumnBatch.of(book.newGrants())
                .column("uuid", GrantRecord::grantId).column("bigint", GrantRecord::userId)
                .column("int", GrantRecord::amount).column("text", GrantRecord::kind)
                .column("text", GrantRecord::actor).column("timestamptz", GrantRecord::createdAt)
                .execute(sql, """
                        insert into credit_grant (grant_id, user_id, amount, kind, actor, created_at)
                        select * from unnest(?::uuid[], ?::bigint[], ?::int[], ?::text[], ?::text[],
                                             ?::timestamptz[])""");
        ColumnBatch.of(book.newRevocations())
                .column("uuid", Revocation::grantId).column("bigint", Revocation::userId)
                .column("int", Revocation::amount).column("text", Revocation::actor)
                .column("timestamptz", Revocation::createdAt)
                .execute(sql, """
                        insert into grant_revocation (grant_id, user_id, amount, actor, created_at)
                        select * from unnest(?::uuid[], ?::bigint[], ?::int[], ?::text[], ?::timestamptz[])""");
        reservationColumns(book.reservations().stream().filter(Reservation::isNew).toList())
                .execute(sql, """
                        insert into reservation (generation_id, user_id, amount, captured_amount, status, expires_at,
                                                 created_at, settled_at)
                        select * from unnest(?::uuid[], ?::bigint[], ?::int[], ?::int[], ?::text[], ?::timestamptz[],
                                             ?::timestamptz[], ?::timestamptz[])""");
        reservationColumns(book.reservations().stream().filter(r -> r.changed() && !r.isNew()).toList())
                .execute(sql, """
                        update reservation r
                        set status = c.status, captured_amount = c.captured_amount, settled_at = c.settled_at
                        from unnest(?::uuid[], ?::bigint[], ?::int[], ?::int[], ?::text[], ?::timestamptz[],
                                    ?::timestamptz[], ?::timestamptz[])
                             as c(generation_id, user_id, amount, captured_amount, status, expires_at, created_at,
                                  settled_at)
                        where r.generation_id = c.generation_id""");
        ColumnBatch.of(book.entries())
                .column("bigint", Entry::userId).column("int", Entry::delta).column("text", Entry::kind)
                .column("uuid", Entry::referenceId).column("text", Entry::actor)
                .column("timestamptz", Entry::createdAt)
                .execute(sql, """
                        insert into ledger_entry (user_id, delta, kind, reference_id, actor, created_at)
                        select * from unnest(?::bigint[], ?::int[], ?::text[], ?::uuid[], ?::text[],
                                             ?::timestamptz[])""");
    }

    private static ColumnBatch<Reservation> reservationColumns(List<Reservation> reservations) {
        return ColumnBatch.of(reservations)
                .column("uuid", Reservation::generationId).column("bigint", Reservation::userId)
                .column("int", Reservation::amount).column("int", Reservation::capturedAmount)
                .column("text", Reservation::status).column("timestamptz", Reservation::expiresAt)
                .column("timestamptz", Reservation::createdAt).column("timestamptz", Reservation::settledAt);
    }

    /**
     * Creates missing accounts first (so two transactions never both "create" one and overwrite each other), then
     * locks them all in user id order.
     */
    private List<Account> lockAccounts(Set<Long> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        ColumnBatch.of(List.copyOf(users)).column("bigint", user -> user).execute(jdbc.getJdbcOperations(),
                "insert into account (user_id) select * from unnest(?::bigint[]) on conflict do nothing");
        return jdbc.query("""
                        select user_id, granted, pending, captured from account
                        where user_id in (:users) order by user_id for update""", Map.of("users", users),
                (rs, row) -> new Account(rs.getLong("user_id"), rs.getLong("granted"), rs.getLong("pending"),
                        rs.getLong("captured")));
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
