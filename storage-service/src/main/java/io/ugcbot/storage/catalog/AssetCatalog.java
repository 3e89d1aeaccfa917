package io.ugcbot.storage.catalog;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.storage.StorageProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Registers assets (idempotently, by bucket and key, edits with their parent) and answers who owns one. */
@Service
public class AssetCatalog {

    /** What an asset is, for retention and for the user's history. */
    public enum Kind { SPEECH, VIDEO, IMAGE, UPLOAD }

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final StorageProperties properties;
    private final Clock clock;

    AssetCatalog(JdbcClient jdbc, MessageCodec codec, StorageProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void register(AssetRef asset, long ownerId, Kind kind, String subject) {
        register(asset, ownerId, kind, subject, null);
    }

    /** The same, for a file made from another ({@code parent}: an edit's source image). */
    public void register(AssetRef asset, long ownerId, Kind kind, String subject, AssetRef parent) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into asset (bucket, key, owner_id, kind, content_type, size, sha256, subject,
                                           created_at, expires_at, parent_bucket, parent_key, parent_ref)
                        values (:bucket, :key, :owner, :kind, :type, :size, :sha, :subject, :now, :expires,
                                :parentBucket, :parentKey, :parentRef)
                        on conflict (bucket, key) do nothing""")
                .param("bucket", asset.bucket()).param("key", asset.key()).param("owner", ownerId)
                .param("kind", kind.name()).param("type", asset.contentType()).param("size", asset.size())
                .param("sha", asset.sha256()).param("subject", subject)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(retentionOf(kind))))
                .param("parentBucket", parent == null ? null : parent.bucket())
                .param("parentKey", parent == null ? null : parent.key())
                .param("parentRef", parent == null ? null : codec.json().writeValueAsString(parent))
                .update();
    }

    /** A finished video is kept for the retention; what it was made from, for the shorter intermediate one. */
    private java.time.Duration retentionOf(Kind kind) {
        return kind == Kind.VIDEO ? properties.retention() : properties.intermediateRetention();
    }

    /**
     * The image a chain of edits started from: parents followed through this catalog; the oldest one's parent when it
     * lies outside the catalog (a demo portrait), else the oldest one itself. Empty when {@code key} is not the
     * owner's.
     */
    public Optional<AssetRef> original(String bucket, String key, long ownerId) {
        return jdbc.sql("""
                        with recursive chain as (
                            select bucket, key, content_type, size, sha256, parent_bucket, parent_key, parent_ref,
                                   0 as depth
                            from asset where bucket = :bucket and key = :key and owner_id = :owner
                            union all
                            select a.bucket, a.key, a.content_type, a.size, a.sha256, a.parent_bucket,
                                   a.parent_key, a.parent_ref, c.depth + 1
                            from asset a join chain c on a.bucket = c.parent_bucket and a.key = c.parent_key
                            where c.depth < 100)
                        select bucket, key, content_type, size, sha256, parent_ref
                        from chain order by depth desc limit 1""")
                .param("bucket", bucket).param("key", key).param("owner", ownerId)
                .query((rs, row) -> rs.getString("parent_ref") != null
                        ? codec.json().readValue(rs.getString("parent_ref"), AssetRef.class)
                        : new AssetRef(rs.getString("bucket"), rs.getString("key"), rs.getString("content_type"),
                        rs.getLong("size"), rs.getString("sha256")))
                .optional();
    }

    public Optional<Long> ownerOf(String bucket, String key) {
        return jdbc.sql("select owner_id from asset where bucket = :bucket and key = :key and expires_at > now()")
                .param("bucket", bucket).param("key", key).query(Long.class).optional();
    }
}
