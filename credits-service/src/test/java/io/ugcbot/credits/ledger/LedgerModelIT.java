package io.ugcbot.credits.ledger;

import com.zaxxer.hikari.HikariDataSource;
import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.store.JdbcLedgerStore;
import io.ugcbot.credits.support.SharedInfrastructure;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Randomized model test: for each seed, 100 random operations (grants, reserves, full and partial captures, releases,
 * expiries, duplicates and conflicting duplicates) run through the real ledger on PostgreSQL in batches of random size,
 * and after every batch the database must agree with {@link LedgerModel}: every balance, every history sum, and the
 * conservation of credits. A failing seed is printed; {@code -Dledger.seed=N} replays exactly that seed.
 */
class LedgerModelIT {

    private static final int SEEDS = Integer.getInteger("ledger.seeds", 1000);
    private static final int OPERATIONS = 100;
    private static final int USERS_PER_SEED = 3;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static HikariDataSource dataSource;
    private static NamedParameterJdbcTemplate jdbc;
    private static TransactionTemplate transactions;
    private static JdbcLedgerStore store;

    @BeforeAll
    static void migrate() {
        var infrastructure = SharedInfrastructure.get();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(infrastructure.jdbcUrl() + "?reWriteBatchedInserts=true");
        dataSource.setUsername(infrastructure.databaseUser());
        dataSource.setPassword(infrastructure.databasePassword());
        dataSource.setSchema("credits_model");
        Flyway.configure().dataSource(dataSource).schemas("credits_model").defaultSchema("credits_model")
                .locations("classpath:db/kit", "classpath:db/credits").load().migrate();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new JdbcLedgerStore(jdbc, new CreditsProperties(10, Duration.ofMinutes(30), Duration.ofHours(1), ""));
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void shouldAgreeWithTheModelAfterEveryBatchForEverySeed() {
        Long only = Long.getLong("ledger.seed");
        long first = only != null ? only : 1;
        long last = only != null ? only : SEEDS;
        for (long seed = first; seed <= last; seed++) {
            try {
                runSeed(seed);
            } catch (AssertionError | RuntimeException e) {
                fail("Ledger model test failed for seed " + seed + " (replay: -Dledger.seed=" + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }

    private void runSeed(long seed) {
        Random random = new Random(seed);
        long baseUser = seed * 100 + (only() ? 50 : 0);
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < USERS_PER_SEED; i++) {
            users.add(baseUser + i);
        }
        LedgerModel model = new LedgerModel();
        OperationGenerator generator = new OperationGenerator(random, users, model);
        int done = 0;
        while (done < OPERATIONS) {
            int size = Math.min(1 + random.nextInt(8), OPERATIONS - done);
            List<Operation> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(generator.next());
            }
            List<Outcome.Result> expected = batch.stream().map(model::apply).toList();
            List<Outcome.Result> actual = transactions.execute(status -> {
                LedgerBook book = store.load(batch);
                List<Outcome.Result> results = batch.stream().map(op -> book.apply(op, NOW).result()).toList();
                store.save(book);
                return results;
            });
            assertThat(actual).as("outcomes of operations %d..%d: %s", done, done + size - 1, batch)
                    .isEqualTo(expected);
            done += size;
            assertDatabaseAgrees(model, users, done);
        }
    }

    /** Replays of one seed use other user ids, so they never collide with the full run's rows. */
    private static boolean only() {
        return Long.getLong("ledger.seed") != null;
    }

    private void assertDatabaseAgrees(LedgerModel model, List<Long> users, int afterOperations) {
        Map<String, Object> ids = Map.of("users", users);
        long grantedTotal = 0;
        long availableTotal = 0;
        long pendingTotal = 0;
        long capturedTotal = 0;
        for (Map<String, Object> row : jdbc.queryForList("""
                select a.user_id, a.granted, a.pending, a.captured,
                       (select coalesce(sum(delta), 0) from ledger_entry e where e.user_id = a.user_id) as history,
                       (select coalesce(sum(amount), 0) from reservation r
                         where r.user_id = a.user_id and r.status = 'PENDING') as held,
                       (select coalesce(sum(captured_amount), 0) from reservation r
                         where r.user_id = a.user_id and r.status = 'CAPTURED') as spent
                from account a where a.user_id in (:users)""", ids)) {
            long user = ((Number) row.get("user_id")).longValue();
            LedgerModel.Balance expected = model.balance(user);
            long granted = ((Number) row.get("granted")).longValue();
            long pending = ((Number) row.get("pending")).longValue();
            long captured = ((Number) row.get("captured")).longValue();
            long available = granted - pending - captured;
            String where = "user " + user + " after " + afterOperations + " operations";
            assertThat(new long[] {granted, pending, captured}).as("granted, pending, captured of %s", where)
                    .containsExactly(expected.granted, expected.pending, expected.captured);
            assertThat(available).as("available of %s", where).isNotNegative();
            assertThat(((Number) row.get("history")).longValue()).as("history sum of %s", where).isEqualTo(available);
            assertThat(((Number) row.get("held")).longValue()).as("pending reservations of %s", where)
                    .isEqualTo(pending);
            assertThat(((Number) row.get("spent")).longValue()).as("captured reservations of %s", where)
                    .isEqualTo(captured);
            grantedTotal += granted;
            availableTotal += available;
            pendingTotal += pending;
            capturedTotal += captured;
        }
        assertThat(grantedTotal).as("conservation after %d operations", afterOperations)
                .isEqualTo(availableTotal + pendingTotal + capturedTotal);
    }

    /** Random operations, biased towards ones that hit existing ids so duplicates and races are common. */
    private static final class OperationGenerator {

        private final Random random;
        private final List<Long> users;
        private final LedgerModel model;
        private final List<Operation.Grant> grants = new ArrayList<>();
        private final List<Operation.Reserve> reserves = new ArrayList<>();

        OperationGenerator(Random random, List<Long> users, LedgerModel model) {
            this.random = random;
            this.users = users;
            this.model = model;
        }

        Operation next() {
            int dice = random.nextInt(100);
            if (dice < 22 || grants.isEmpty()) {
                Operation.Grant grant = new Operation.Grant(uuid(), user(), 1 + random.nextInt(6),
                        random.nextBoolean() ? GrantKind.ADMIN_TOP_UP : GrantKind.WELCOME_BONUS, "model");
                grants.add(grant);
                return grant;
            }
            if (dice < 27) {
                return pick(grants);
            }
            if (dice < 31) {
                Operation.Grant earlier = pick(grants);
                return new Operation.Grant(earlier.grantId(), earlier.userId(), earlier.amount() + 1, earlier.kind(),
                        "model");
            }
            if (dice < 34) {
                Operation.Grant earlier = pick(grants);
                // mostly the grant's own user; sometimes another, which the ledger must refuse
                return new Operation.Revoke(earlier.grantId(), random.nextInt(5) == 0 ? user() : earlier.userId(),
                        "model");
            }
            if (dice < 53 || reserves.isEmpty()) {
                Operation.Reserve reserve = new Operation.Reserve(uuid(), user(), 1 + random.nextInt(4));
                reserves.add(reserve);
                return reserve;
            }
            Operation.Reserve target = pick(reserves);
            if (dice < 57) {
                return target;
            }
            if (dice < 60) {
                return new Operation.Reserve(target.generationId(), target.userId(), target.amount() + 1);
            }
            if (dice < 72) {
                return new Operation.Capture(target.generationId(), target.userId(), null);
            }
            if (dice < 80) {
                return new Operation.Capture(target.generationId(), target.userId(), 1 + random.nextInt(target.amount() + 1));
            }
            if (dice < 90) {
                return new Operation.Release(target.generationId(), target.userId(), ReleaseReason.FAILED);
            }
            if (dice < 97) {
                return new Operation.Release(target.generationId(), target.userId(), ReleaseReason.EXPIRED);
            }
            return new Operation.Capture(uuid(), user(), null);
        }

        private long user() {
            return users.get(random.nextInt(users.size()));
        }

        private UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
