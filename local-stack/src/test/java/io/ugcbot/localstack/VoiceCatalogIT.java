package io.ugcbot.localstack;

import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The voices users see come from tts-service's published catalog, each with a sample in its own sound. */
class VoiceCatalogIT extends EndToEndTest {

    @Test
    void shouldOfferThePublishedVoicesAndPlayASampleOfOne() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps("create");
        user.taps("gender:FEMALE");
        user.taps("char:anna");

        ChatMessage menu = user.awaitsText("Pick a voice");
        List<String> buttons = menu.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData)
                .toList();
        assertThat(buttons).contains("voice:ru-female-1", "voice:ru-male-1", "voice:en-female-1", "voice:en-male-1",
                "listen:ru-female-1", "listen:en-male-1");

        user.taps("listen:ru-female-1");

        ChatMessage sample = user.awaitsMessage(m -> "audio".equals(m.mediaKind()));
        assertThat(sample.text()).contains("Алина");
        assertThat(sample.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData))
                .containsExactly("voice:ru-female-1");
        assertThat(MediaProbe.durationMs(saved(user.file(sample), ".mp3"))).isBetween(1_500L, 8_000L);
    }
}
