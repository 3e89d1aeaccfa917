package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flow 2 in the chat: edit the chosen character with a prompt, edit the edit, go back to the original, edit again and
 * make the video from the edited image.
 */
class CharacterEditIT extends EndToEndTest {

    @Test
    void shouldChainEditsGoBackToTheOriginalAndMakeTheVideoFromTheEditedImage() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        ChatMessage voices = user.awaitsMessage(TelegramUser::isVoiceGallery);

        user.taps(Action.EDIT);
        user.says("green background please");
        ChatMessage first = user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.text().startsWith("🎨 Done"));
        assertThat(first.text()).contains("green background");
        assertThat(callbacks(first)).containsExactly(Action.USE_CHARACTER.data(), Action.EDIT.data(), Action.ORIGINAL.data(),
                Action.BACK.data(), Action.MENU.data());

        user.taps(Action.EDIT);
        user.says("now black and white");
        ChatMessage second = user.awaitsMessage(m -> "photo".equals(m.mediaKind())
                && m.text().contains("black and white"));
        assertThat(user.file(second)).isNotEqualTo(user.file(first));

        user.taps(Action.ORIGINAL);
        ChatMessage original = user.awaitsText("Back to the original");
        assertThat(original.mediaKind()).isEqualTo("photo");

        user.taps(Action.EDIT);
        user.says("put her in a red jacket");
        ChatMessage refused = user.awaitsText("I could not make that change");
        assertThat(refused.text()).contains("none of the edits I know is in it");

        user.taps(Action.EDIT);
        user.says("warmer please");
        user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.text().contains("warm tone"));
        user.taps(Action.USE_CHARACTER);
        user.awaitsMessage(m -> TelegramUser.isVoiceGallery(m) && m.messageId() > voices.messageId());
        user.taps(Action.VOICE.data("en-female-1"));
        user.says("Handmade candles, lit tonight.");
        user.awaitsMessage(m -> TelegramUser.isSpeech(m));
        user.taps(Action.CONFIRM);
        user.awaitsMessage(m -> "video".equals(m.mediaKind()));

        List<Map<String, Object>> jobs = databases.renderJobs(user.id());
        assertThat(jobs).hasSize(1);
        assertThat((String) jobs.getFirst().get("request")).contains("\"key\":\"edits/");
    }

    private static List<String> callbacks(ChatMessage message) {
        return message.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData).toList();
    }
}
