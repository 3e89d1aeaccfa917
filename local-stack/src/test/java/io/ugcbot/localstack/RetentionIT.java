package io.ugcbot.localstack;

import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.retention.RecordRetention;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.storage.StorageApplication;
import io.ugcbot.storage.catalog.AssetExpiry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing grows forever: expired assets leave the real S3 server and the catalog, intermediate files expire sooner
 * than videos, old kept heads go, and old inbox claims and sent messages are pruned (the newest file id of each file
 * stays, it is the upload cache).
 */
class RetentionIT extends EndToEndTest {

    private final JdbcClient db = JdbcClient.create(stack.infrastructure().dataSource());
    private final AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(),
            "us-east-1", "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));

    @Test
    void shouldKeepVideosForTheRetentionAndWhatTheyAreMadeFromForTheShorterOne() {
        TelegramUser user = newUser();
        makesVideo(user, "Retention is a promise too.");
        awaitQuiet();

        var rows = db.sql("""
                        select kind, extract(epoch from expires_at - created_at) / 86400 as days
                        from storage.asset where owner_id = ?""").param(user.id()).query().listOfRows();

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("kind")).isEqualTo("VIDEO");
            assertThat(((Number) row.get("days")).doubleValue()).isEqualTo(30.0);
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("kind")).isEqualTo("SPEECH");
            assertThat(((Number) row.get("days")).doubleValue()).isEqualTo(7.0);
        });
    }

    @Test
    void shouldDeleteExpiredAssetsFromS3AndFromTheCatalog() {
        String prefix = "test-retention/" + UUID.randomUUID() + "/";
        s3.put(prefix + "expired.mp3", "old".getBytes(StandardCharsets.UTF_8), "audio/mpeg");
        s3.put(prefix + "alive.mp3", "new".getBytes(StandardCharsets.UTF_8), "audio/mpeg");
        catalogued(prefix + "expired.mp3", "now() - interval '1 minute'");
        catalogued(prefix + "alive.mp3", "now() + interval '1 day'");

        int deleted = stack.service(StorageApplication.NAME).getBean(AssetExpiry.class).deleteExpired(Instant.now());

        assertThat(deleted).isPositive();
        assertThat(s3.exists(prefix + "expired.mp3")).isFalse();
        assertThat(s3.exists(prefix + "alive.mp3")).isTrue();
        assertThat(db.sql("select key from storage.asset where key like ?").param(prefix + "%").query(String.class)
                .list()).containsExactly(prefix + "alive.mp3");
    }

    @Test
    void shouldDeleteKeptTalkingHeadsOlderThanTheIntermediateRetention() {
        String head = "talking-heads/test-" + UUID.randomUUID() + ".mp4";
        s3.put(head, "head".getBytes(StandardCharsets.UTF_8), "video/mp4");
        AssetExpiry expiry = stack.service(StorageApplication.NAME).getBean(AssetExpiry.class);

        expiry.deleteOldKeptHeads(Instant.now());
        assertThat(s3.exists(head)).as("a fresh head stays").isTrue();
        expiry.deleteOldKeptHeads(Instant.now().plus(Duration.ofDays(8)));
        assertThat(s3.exists(head)).as("a week later it is gone").isFalse();
    }

    @Test
    void shouldPruneOldInboxClaimsAndSentMessagesButKeepTheNewestFileIdOfEachFile() {
        long chat = newUser().id();
        UUID oldClaim = UUID.randomUUID();
        UUID freshClaim = UUID.randomUUID();
        db.sql("insert into gateway.processed_message (consumer, event_id, processed_at) values "
                + "('retention-test', ?, now() - interval '30 days'), ('retention-test', ?, now())")
                .param(oldClaim).param(freshClaim).update();
        String asset = "ugc-assets/test-retention/" + UUID.randomUUID() + ".png";
        long olderCopy = sentMessage(chat, asset, "FILE-OLD");
        long newestCopy = sentMessage(chat, asset, "FILE-NEW");
        long oldText = sentMessage(chat, null, null);

        stack.service(GatewayApplication.NAME).getBean(RecordRetention.class).prune(Instant.now());

        assertThat(db.sql("select event_id from gateway.processed_message where consumer = 'retention-test'")
                .query(UUID.class).list()).containsExactly(freshClaim);
        assertThat(db.sql("select id from gateway.outgoing_message where id in (?, ?, ?)")
                .param(olderCopy).param(newestCopy).param(oldText).query(Long.class).list())
                .containsExactly(newestCopy);
    }

    private void catalogued(String key, String expiresAt) {
        db.sql("insert into storage.asset (bucket, key, owner_id, kind, content_type, size, sha256, subject, "
                + "created_at, expires_at) values ('ugc-assets', ?, 1, 'SPEECH', 'audio/mpeg', 3, '', 'test', now(), "
                + expiresAt + ")").param(key).update();
    }

    private long sentMessage(long chat, String assetKey, String fileId) {
        return db.sql("""
                        insert into gateway.outgoing_message (chat_id, kind, text, asset_key, status, attempts,
                            next_attempt_at, telegram_file_id, created_at, sent_at)
                        values (?, ?, 'old', ?, 'SENT', 1, now(), ?, now() - interval '30 days', now())
                        returning id""")
                .param(chat).param(assetKey == null ? "TEXT" : "PHOTO").param(assetKey).param(fileId)
                .query(Long.class).single();
    }
}
