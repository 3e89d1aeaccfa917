package io.ugcbot.storage.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.storage.StorageProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Registers assets (idempotently, by bucket and key) and answers who owns one. */
@Service
public class AssetCatalog {

    /** What an asset is, for retention and for the user's history. */
    public enum Kind { SPEECH, VIDEO, IMAGE, UPLOAD }

    private final JdbcClient jdbc;
    private final StorageProperties properties;
    private final Clock clock;

    AssetCatalog(JdbcClient jdbc, StorageProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void register(AssetRef asset, long ownerId, Kind kind, String subject) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into asset (bucket, key, owner_id, kind, content_type, size, sha256, subject,
                                           created_at, expires_at)
                        values (:bucket, :key, :owner, :kind, :type, :size, :sha, :subject, :now, :expires)
                        on conflict (bucket, key) do nothing""")
                .param("bucket", asset.bucket()).param("key", asset.key()).param("owner", ownerId)
                .param("kind", kind.name()).param("type", asset.contentType()).param("size", asset.size())
                .param("sha", asset.sha256()).param("subject", subject)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.retention())))
                .update();
    }

    public Optional<Long> ownerOf(String bucket, String key) {
        return jdbc.sql("select owner_id from asset where bucket = :bucket and key = :key and expires_at > now()")
                .param("bucket", bucket).param("key", key).query(Long.class).optional();
    }
}
