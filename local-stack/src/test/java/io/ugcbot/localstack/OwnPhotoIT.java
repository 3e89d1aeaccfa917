package io.ugcbot.localstack;

import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A photo of one's own as the character: refused without a face, made to speak with one. */
class OwnPhotoIT extends EndToEndTest {

    private final MessageCodec codec = new MessageCodec();

    @Test
    void shouldRefuseAPhotoWithoutAFaceAndMakeTheVideoFromOneWithAFace() throws IOException {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.awaitsText("Who should speak in your video?");

        user.sendsPhoto(field());

        ChatMessage refused = user.awaitsText("I cannot use that photo");
        assertThat(refused.text()).contains("I found no face in it");

        user.sendsPhoto(somebody());

        user.awaitsText("Looking for a face in your photo");
        ChatMessage mine = user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.text() != null
                && m.text().startsWith("🙂 This is your character"));
        BufferedImage portrait = ImageIO.read(new java.io.ByteArrayInputStream(user.file(mine)));
        assertThat(portrait.getWidth()).isEqualTo(720);
        assertThat(portrait.getHeight()).isEqualTo(1280);
        user.taps(Action.VOICE.data("en-female-1"));
        user.says("My own face, selling my own soap.");
        user.awaitsMessage(TelegramUser::isSpeech);
        user.taps(Action.CONFIRM);

        user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        GenerationRequested request = kafka.readAll(r -> r.topic().equals(Topics.GATEWAY_EVENTS)
                        && Long.toString(user.id()).equals(r.key())).stream()
                .map(r -> codec.decode(KafkaTopics.header(r, CloudEventHeaders.TYPE), r.value()))
                .flatMap(java.util.Optional::stream).filter(GenerationRequested.class::isInstance)
                .map(GenerationRequested.class::cast).findFirst().orElseThrow();
        assertThat(request.character().key()).startsWith("uploads/" + user.id() + "/");
    }

    /** A painted person: one of the gateway's demo portraits the detector finds a face in (not all of them pass). */
    private byte[] somebody() {
        CharacterCatalog catalog = stack.service(GatewayApplication.NAME).getBean(CharacterCatalog.class);
        AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(), "us-east-1",
                "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));
        return s3.read(catalog.portrait(catalog.find("ivan").orElseThrow()));
    }

    private static byte[] field() throws IOException {
        BufferedImage image = new BufferedImage(720, 1280, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(90, 160, 70));
        g.fillRect(0, 0, 720, 1280);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
