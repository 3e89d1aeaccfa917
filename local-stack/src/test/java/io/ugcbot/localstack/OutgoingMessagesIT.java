package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.events.AssetRef;
import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram outbox when a message cannot be sent: other chats' messages go out once, the failing chat keeps its
 * order, the user hears about a file that is gone, and a file id Telegram no longer knows is uploaded again.
 */
class OutgoingMessagesIT extends EndToEndTest {

    @Test
    void shouldSendEveryOtherMessageOnceWhileAQueuedFileIsGone() {
        TelegramUser unlucky = newUser();
        TelegramUser bystander = newUser();
        startsAndGetsWelcomeBonus(unlucky);
        startsAndGetsWelcomeBonus(bystander);
        AssetRef gone = new AssetRef("ugc-assets", "videos/" + UUID.randomUUID() + ".mp4", "video/mp4", 1000, "");

        queue(outgoing -> {
            outgoing.media(unlucky.id(), MessageKind.VIDEO, "test-gone:" + gone.key(), gone, "your video", List.of());
            outgoing.text(unlucky.id(), null, "after the video", List.of());
            outgoing.text(bystander.id(), null, "meanwhile, hello", List.of());
        });

        unlucky.awaitsText("after the video");
        ChatMessage notice = unlucky.awaitsText("I could not send you the video");
        bystander.awaitsText("meanwhile, hello");
        assertThat(notice.buttons()).flatExtracting(row -> row).extracting(ChatMessage.Button::callbackData)
                .containsExactly("history");
        assertThat(texts(bystander)).filteredOn(text -> text.equals("meanwhile, hello")).hasSize(1);
        assertThat(databases.outgoingStatus("test-gone:" + gone.key())).isEqualTo("FAILED");
    }

    @Test
    void shouldUploadAgainOnceWhenTelegramNoLongerKnowsACachedFileId() {
        TelegramUser first = newUser();
        startsAndGetsWelcomeBonus(first);
        first.taps(Action.CREATE);
        first.taps(Action.GENDER.data("FEMALE"));
        ChatMessage portrait = first.awaitsMessage(m -> "photo".equals(m.mediaKind()));
        stack.emulator().telegram().forgetFile(portrait.fileId());

        TelegramUser second = newUser();
        startsAndGetsWelcomeBonus(second);
        second.taps(Action.CREATE);
        second.taps(Action.GENDER.data("FEMALE"));
        ChatMessage again = second.awaitsMessage(m -> "photo".equals(m.mediaKind()));
        TelegramUser third = newUser();
        startsAndGetsWelcomeBonus(third);
        third.taps(Action.CREATE);
        third.taps(Action.GENDER.data("FEMALE"));
        ChatMessage cached = third.awaitsMessage(m -> "photo".equals(m.mediaKind()));

        assertThat(again.fileId()).as("uploaded again under a new id").isNotEqualTo(portrait.fileId());
        assertThat(stack.emulator().telegram().file(again.fileId())).isPresent();
        assertThat(cached.fileId()).as("the refreshed id is used afterwards").isEqualTo(again.fileId());
        // the rest of each gallery is still on its way: wait for it rather than look too early (a given-up row,
        // FAILED, never turns SENT, so a refusal still fails the test)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> databases.unsentMessages(second.id(), third.id()) == 0);
    }

    /**
     * Under Telegram's rate limit a generation's progress edits pile up behind other chats' messages; only the newest
     * state is worth a call (bin/bench-platform: 16 calls per generation, 25 a second for the whole bot).
     */
    @Test
    void shouldSendOnlyTheNewestOfSeveralQueuedEditsOfOneMessage() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        String target = "test-progress:" + UUID.randomUUID();

        queue(outgoing -> {
            outgoing.text(user.id(), target, "Queued", List.of());
            outgoing.editText(user.id(), target + ":1", target, "Rendering 10 %");
            outgoing.editText(user.id(), target + ":2", target, "Rendering 55 %");
            outgoing.editText(user.id(), target + ":3", target, "Done");
            outgoing.text(user.id(), null, "after the progress", List.of());
        });

        user.awaitsText("after the progress");
        ChatMessage progress = user.awaitsText("Done");
        assertThat(progress.editCount()).as("edits Telegram received").isEqualTo(1);
        assertThat(databases.outgoingStatus(target + ":1")).isEqualTo("SUPERSEDED");
        assertThat(databases.outgoingStatus(target + ":2")).isEqualTo("SUPERSEDED");
        assertThat(databases.outgoingStatus(target + ":3")).isEqualTo("SENT");
    }

    private void queue(java.util.function.Consumer<Outgoing> messages) {
        ConfigurableApplicationContext gateway = stack.service(GatewayApplication.NAME);
        gateway.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                messages.accept(gateway.getBean(Outgoing.class)));
    }

    private static List<String> texts(TelegramUser user) {
        return user.botMessages().stream().map(ChatMessage::text).filter(java.util.Objects::nonNull).toList();
    }
}
