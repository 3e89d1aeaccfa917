package io.ugcbot.localstack;

import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.storage.catalog.AssetCatalog;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Edits chain: edit-service edits an edited image, storage-service keeps each result with its parent, and the chain
 * leads back to the original (here an image outside the user's files, as a demo portrait is).
 */
class EditChainIT extends EndToEndTest {

    private final MessageCodec codec = new MessageCodec();

    @Test
    void shouldKeepEachEditWithItsParentAndLeadBackToTheOriginal() throws Exception {
        long user = newUser().id();
        AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(), "us-east-1",
                "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));
        AssetRef original = s3.put("test/" + user + "/original.png", png(), "image/png");

        ImageEdited first = edit(new EditImage(UUID.randomUUID(), user, original, "сделай чёрно-белым"));
        ImageEdited second = edit(new EditImage(UUID.randomUUID(), user, first.image(), "mirror it"));

        assertThat(first.parent()).isEqualTo(original);
        assertThat(second.parent()).isEqualTo(first.image());
        assertThat(second.appliedEdits()).containsExactly("mirror");
        AssetCatalog catalog = stack.service("storage-service").getBean(AssetCatalog.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                catalog.ownerOf(second.image().bucket(), second.image().key()).isPresent());
        assertThat(catalog.original(second.image().bucket(), second.image().key(), user)).contains(original);
        assertThat(catalog.original(first.image().bucket(), first.image().key(), user)).contains(original);
        assertThat(catalog.original(second.image().bucket(), second.image().key(), user + 1)).isEmpty();
    }

    private ImageEdited edit(EditImage command) {
        kafka.publish(command, "gateway-bot");
        ImageEdited[] found = new ImageEdited[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            kafka.readAll(r -> r.topic().equals(Topics.EDIT_EVENTS)
                            && command.requestId().toString().equals(KafkaTopics.header(r, CloudEventHeaders.SUBJECT)))
                    .forEach(r -> found[0] = (ImageEdited) codec.decode(
                            KafkaTopics.header(r, CloudEventHeaders.TYPE), r.value()).orElseThrow());
            return found[0] != null;
        });
        return found[0];
    }

    /** A person-like disc on a blue backdrop. */
    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                boolean person = (x - 32) * (x - 32) + (y - 34) * (y - 34) < 300;
                image.setRGB(x, y, (person ? new Color(230, 190, 160) : new Color(40, 90, 200)).getRGB());
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
