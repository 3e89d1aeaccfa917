package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user without credits. Every new user gets the welcome bonus, so this user is one the ledger has never credited:
 * the test plays the gateway and publishes the request itself, then watches the real services answer.
 */
class NoCreditsIT extends EndToEndTest {

    private final MessageCodec codec = new MessageCodec();

    @Test
    void shouldRejectTheGenerationAndNeverStartARender() {
        TelegramUser user = newUser();
        UUID generation = requestsAVideoWithoutCredits(user);

        user.awaitsText("Not enough credits: you have 0, a video needs 1.");
        awaitQuiet();

        var rejections = kafka.readAll(r -> generation.toString().equals(KafkaTopics.header(r, "ce_subject"))
                && r.topic().equals(Topics.CREDITS_EVENTS));
        assertThat(rejections).singleElement().satisfies(r ->
                assertThat(codec.decode(KafkaTopics.header(r, "ce_type"), r.value()))
                        .contains(new CreditsRejected(generation, user.id(), 0, 1)));
        assertThat(kafka.readAll(r -> r.topic().equals(Topics.VIDEO_EVENTS)
                && generation.toString().equals(KafkaTopics.header(r, "ce_subject")))).isEmpty();
        assertThat(databases.renderJobs(user.id())).allSatisfy(job -> {
            assertThat(job.get("status")).isEqualTo("CANCELLED");
            assertThat(job.get("attempts")).isEqualTo(0);
        });
        assertThat(databases.reservationStatus(generation)).isEqualTo("REJECTED");
    }

    @Test
    void shouldOfferAUserWithoutCreditsThePackagesToBuy() {
        TelegramUser user = newUser();
        requestsAVideoWithoutCredits(user);
        ChatMessage rejected = user.awaitsText("Not enough credits");

        user.tapsOn(rejected, "💳 Top up");

        ChatMessage offer = user.awaitsText("Buy credits with Telegram Stars");
        assertThat(offer.buttons()).flatExtracting(row -> row).extracting(ChatMessage.Button::callbackData)
                .containsExactly(Action.BUY.data("10x50"), Action.BUY.data("30x135"), Action.BUY.data("100x400"));
    }

    /** Plays the gateway: a request from a user the ledger never credited. */
    private UUID requestsAVideoWithoutCredits(TelegramUser user) {
        UUID generation = UUID.randomUUID();
        AssetRef nothing = new AssetRef("ugc-assets", "missing", "application/octet-stream", 0, "");
        kafka.publish(new GenerationRequested(generation, user.id(), VideoFormat.TALKING_HEAD, "anna", nothing, nothing,
                1000, null, "Hello", List.of(), 1, null), "gateway-bot");
        return generation;
    }
}
