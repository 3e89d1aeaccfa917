package io.ugcbot.localstack;

import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator changes the characters and voices without a release: manifests (and portraits) in S3, then
 * /reloadcatalog, which reloads the gateway's characters and asks tts-service to republish its voices.
 */
class CatalogIT extends EndToEndTest {

    private static final String MANIFEST = "catalog/manifest.json";
    private static final String VOICES = "catalog/voices.json";

    @Test
    void shouldShowTheOperatorsCharactersAfterAReloadAndKeepTheCatalogWhenAManifestIsWrong() throws IOException {
        AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(), "us-east-1",
                "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");
        byte[] kate = png(new Color(200, 90, 120));
        s3.put("catalog/operator/kate.png", kate, "image/png");
        s3.put("catalog/operator/leo.png", png(new Color(60, 120, 200)), "image/png");
        try {
            s3.put(MANIFEST, """
                    {"characters": [
                      {"id": "kate", "name": {"en": "Kate", "ru": "Катя"}, "gender": "FEMALE", "age": "24",
                       "image": "catalog/operator/kate.png"},
                      {"id": "leo", "name": {"en": "Leo"}, "gender": "MALE", "age": "31",
                       "image": "catalog/operator/leo.png"},
                      {"id": "old", "name": {"en": "Old"}, "gender": "MALE", "age": "70",
                       "image": "catalog/operator/leo.png", "hidden": true}
                    ]}""".getBytes(StandardCharsets.UTF_8), "application/json");

            s3.put(VOICES, """
                    {"voices": [
                      {"id": "en-female-1", "name": "Olivia", "language": "en", "gender": "female",
                       "elevenlabs": "EXAVITQu4vr4xnSDxMaL"},
                      {"id": "ru-female-1", "name": "Алина", "language": "ru", "gender": "female",
                       "elevenlabs": "21m00Tcm4TlvDq8ikWAM", "espeak": "ru+f3", "pitch": 60, "wordsPerMinute": 175},
                      {"id": "ru-male-1", "name": "Борис", "language": "ru", "gender": "male",
                       "elevenlabs": "pNInz6obpgDQGcFmaJgB", "espeak": "ru+m3", "pitch": 40, "wordsPerMinute": 165},
                      {"id": "en-male-1", "name": "James", "language": "en", "gender": "male",
                       "elevenlabs": "TxGEqnHWrfWFTfGW9XjX", "hidden": true}
                    ]}""".getBytes(StandardCharsets.UTF_8), "application/json");

            admin.says("/reloadcatalog");
            admin.awaitsText("Catalog loaded from " + MANIFEST + ": 2 characters shown.");
            admin.awaitsText("Voices reloaded by tts-service: 3 shown.");

            TelegramUser user = newUser();
            startsAndGetsWelcomeBonus(user);
            user.says("/create");
            user.taps(Action.GENDER.data("FEMALE"));
            ChatMessage gallery = user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.text() != null
                    && m.text().contains("Kate, 24 · 1/1"));
            assertThat(user.file(gallery)).isEqualTo(kate);

            s3.put(MANIFEST, "{\"characters\": [{\"id\": \"kate\"}]}".getBytes(StandardCharsets.UTF_8),
                    "application/json");
            admin.says("/reloadcatalog");
            ChatMessage refused = admin.awaitsText("was not loaded, the catalog is unchanged");
            assertThat(refused.text()).contains("character 1 (kate): name.en is missing");
            user.taps(Action.CHARACTER.data("kate"));
            ChatMessage voices = user.awaitsMessage(m -> "audio".equals(m.mediaKind()) && m.text().contains("1/"));
            assertThat(voices.text()).as("the manifest's first voice, renamed; the hidden one not counted")
                    .contains("Olivia", "1/3");
        } finally {
            s3.deleteAll("ugc-assets", List.of(MANIFEST, VOICES));
            admin.says("/reloadcatalog");
            admin.awaitsText("No manifest at " + MANIFEST + ": the 12 painted demo characters are shown.");
            admin.awaitsText("Voices reloaded by tts-service: 4 shown.");
        }
    }

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(72, 128, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 72, 128);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
