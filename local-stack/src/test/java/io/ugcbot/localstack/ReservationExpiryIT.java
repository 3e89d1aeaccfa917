package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.credits.CreditsApplication;
import io.ugcbot.credits.application.LedgerService;
import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Topics;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A render that outlives its reservation never delivers an unpaid video: the reservation expires mid-render, the
 * credit comes back, the job is cancelled, and the video that render still finishes is never sent or charged.
 */
class ReservationExpiryIT extends EndToEndTest {

    private final JdbcClient db = JdbcClient.create(stack.infrastructure().dataSource());
    private final AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(),
            "us-east-1", "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));

    @Test
    void shouldNeverDeliverAVideoWhoseReservationExpiredWhileItRendered() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "A slow render " + SharedStack.SLOW_RENDER_MARKER + " outlives its credit.");
        user.taps(Action.CONFIRM);
        UUID generation = await().atMost(Duration.ofSeconds(60)).until(() -> db.sql("""
                        select generation_id from video.render_job where user_id = ? and status = 'RENDERING'""")
                .param(user.id()).query(UUID.class).optional().orElse(null), id -> id != null);
        awaitQuiet(); // the render's first progress report has kept the reservation alive; now it goes quiet

        db.sql("update credits.reservation set expires_at = now() - interval '1 second' where generation_id = ?")
                .param(generation).update();
        stack.service(CreditsApplication.NAME).getBean(LedgerService.class).expireDue();

        user.awaitsText("took too long");
        await().atMost(Duration.ofSeconds(90)).until(() -> db.sql(
                "select count(*) from video.render_job where generation_id = ? and status = 'CANCELLED'")
                .param(generation).query(Long.class).single() == 1);
        // the render itself still runs to its end and stores its file; only then can a delivery be ruled out
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> s3.exists("videos/" + generation + ".mp4"));
        awaitQuiet();
        assertThat(kafka.readAll(r -> r.topic().equals(Topics.VIDEO_EVENTS)
                && generation.toString().equals(KafkaTopics.header(r, CloudEventHeaders.SUBJECT))))
                .extracting(r -> KafkaTopics.header(r, CloudEventHeaders.TYPE))
                .doesNotContain("video.VideoReady.v1");
        assertThat(user.botMessages()).noneMatch(m -> "video".equals(m.mediaKind()));
        assertThat(databases.availableCredits(user.id())).isEqualTo(10);
        assertThat(databases.ledgerRows(generation, "CAPTURE")).isZero();
    }
}
