package io.ugcbot.storage.catalog;

import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies retention for real: catalogued assets past their expiry are deleted from S3 and then from the catalog (in
 * one transaction per batch, so a failed delete keeps the rows to try again), and kept talking heads, which belong to
 * no user's catalog, are deleted once older than the intermediate retention. A sweeper rather than an S3 lifecycle
 * rule: it works on every S3 server (S3Proxy has no lifecycle rules) and keeps the catalog and the bucket in step.
 */
@Component
public class AssetExpiry {

    private static final Logger log = LoggerFactory.getLogger(AssetExpiry.class);
    private static final int BATCH = 500;
    /** video-service keeps rendered heads here for re-compositing (see its KeptHeads). */
    static final String KEPT_HEADS = "talking-heads/";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AssetStore assets;
    private final StorageProperties properties;
    private final Clock clock;

    AssetExpiry(JdbcClient jdbc, TransactionTemplate transactions, AssetStore assets, StorageProperties properties,
                Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.assets = assets;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${storage.expiry-interval}", initialDelayString = "${storage.expiry-interval}")
    void sweepOnSchedule() {
        try {
            deleteExpired(clock.instant());
            deleteOldKeptHeads(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Asset expiry did not finish, will try again: {}", e.toString());
        }
    }

    /** Deletes catalogued assets expired at {@code now}, objects first; returns how many. */
    public int deleteExpired(Instant now) {
        int total = 0;
        int deleted;
        do {
            deleted = transactions.execute(status -> deleteExpiredBatch(now));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} expired asset(s)", total);
        }
        return total;
    }

    private int deleteExpiredBatch(Instant now) {
        List<Map<String, Object>> expired = jdbc.sql("""
                        select bucket, key from asset where expires_at <= :now
                        order by expires_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", BATCH).query().listOfRows();
        Map<String, List<String>> byBucket = expired.stream().collect(Collectors.groupingBy(
                row -> (String) row.get("bucket"), Collectors.mapping(row -> (String) row.get("key"),
                        Collectors.toList())));
        byBucket.forEach((bucket, keys) -> {
            assets.deleteAll(bucket, keys);
            jdbc.sql("delete from asset where bucket = :bucket and key in (:keys)")
                    .param("bucket", bucket).param("keys", keys).update();
        });
        return expired.size();
    }

    /** Deletes kept talking heads last written before {@code now} minus the intermediate retention. */
    public int deleteOldKeptHeads(Instant now) {
        List<String> old = assets.keysOlderThan(KEPT_HEADS, now.minus(properties.intermediateRetention()));
        assets.deleteAll(assets.bucket(), old);
        return old.size();
    }
}
