package io.ugcbot.tts.voice;

import io.ugcbot.events.MessageCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoiceManifestTest {

    @Test
    void shouldReadVoicesInOrderWithTheOfflineEngineDefaultedByLanguageAndGender() throws Exception {
        List<VoiceManifest.Entry> entries = read("""
                {"voices": [
                  {"id": "ru-female-2", "name": "Вера", "language": "ru", "gender": "female", "elevenlabs": "abc"},
                  {"id": "en-male-1", "name": "James", "language": "en", "gender": "male", "elevenlabs": "def",
                   "espeak": "en-gb+m2", "pitch": 35, "wordsPerMinute": 150, "hidden": true}
                ]}""");

        assertThat(entries).extracting(entry -> entry.voice().id()).containsExactly("ru-female-2", "en-male-1");
        assertThat(entries.getFirst().voice()).isEqualTo(new Voice("ru-female-2", "Вера", "ru", "female", "ru+f3",
                60, 170, "abc"));
        assertThat(entries.getLast().hidden()).isTrue();
        assertThat(entries.getLast().voice().engineVoice()).isEqualTo("en-gb+m2");
    }

    @Test
    void shouldNameEveryMistakeAndRefuseAManifestWithNoShownVoice() {
        assertThatThrownBy(() -> read("""
                {"voices": [
                  {"id": "Vera!", "name": "", "language": "de", "gender": "robot", "pitch": 120}
                ]}"""))
                .hasMessageContaining("voice 1 (Vera!): id must be")
                .hasMessageContaining("name is missing")
                .hasMessageContaining("language must be ru or en")
                .hasMessageContaining("gender must be female or male")
                .hasMessageContaining("elevenlabs (the provider's voice id) is missing")
                .hasMessageContaining("pitch must be 0–99");
        assertThatThrownBy(() -> read("""
                {"voices": [{"id": "a", "name": "A", "language": "en", "gender": "male", "elevenlabs": "x",
                  "hidden": true}]}""")).hasMessageContaining("at least one shown voice");
    }

    private static List<VoiceManifest.Entry> read(String json) throws VoiceManifest.Invalid {
        return VoiceManifest.read(new MessageCodec().json(), json.getBytes(StandardCharsets.UTF_8));
    }
}
