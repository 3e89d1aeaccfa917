package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The galleries: one message each that pages in place (◀ n/N ▶). The voices are tts-service's published catalog, each
 * page the voice's own sample, so it plays from the page.
 */
class VoiceCatalogIT extends EndToEndTest {

    @Test
    void shouldPageThroughThePublishedVoicesInOneMessageEachPageItsSample() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));

        ChatMessage gallery = user.awaitsMessage(m -> "audio".equals(m.mediaKind()) && m.text().contains("1/4"));
        List<String> captions = new ArrayList<>();
        Set<String> samples = new HashSet<>();
        ChatMessage page = gallery;
        for (int n = 1; n <= 4; n++) {
            captions.add(page.text());
            samples.add(page.fileId());
            assertThat(MediaProbe.durationMs(saved(user.file(page), ".mp3"))).isBetween(1_500L, 8_000L);
            ChatMessage shown = page;
            user.tapsOn(shown, "▶");
            page = user.awaitsMessage(m -> m.messageId() == shown.messageId() && m.editCount() > shown.editCount());
        }

        assertThat(String.join("\n", captions)).contains("Алина", "Борис", "Emma", "James");
        assertThat(samples).hasSize(4);
        assertThat(page.text()).as("▶ on the last page wraps round").contains("1/4");
        assertThat(user.botMessages().stream().filter(m -> "audio".equals(m.mediaKind())))
                .as("the pages were turned in place, not sent").hasSize(1);
    }

    @Test
    void shouldPageTheCharactersInPlaceAndSwitchGenderThere() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        ChatMessage gallery = user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.text().contains("Sofia, 20"));

        user.tapsOn(gallery, "▶");
        ChatMessage second = user.awaitsMessage(m -> m.messageId() == gallery.messageId() && m.editCount() == 1);
        assertThat(second.text()).contains("Anna, 25", "2/6");
        assertThat(second.fileId()).isNotEqualTo(gallery.fileId());

        user.taps(Action.GENDER.data("MALE"));
        ChatMessage men = user.awaitsMessage(m -> m.messageId() == gallery.messageId() && m.editCount() == 2);
        assertThat(men.text()).contains("Artem", "1/6");

        user.taps(Action.CHARACTER.data("pavel"));
        user.awaitsMessage(m -> "audio".equals(m.mediaKind()) && m.text().contains("1/"));
        assertThat(user.botMessages().stream().filter(m -> "photo".equals(m.mediaKind()))).hasSize(1);
    }
}
