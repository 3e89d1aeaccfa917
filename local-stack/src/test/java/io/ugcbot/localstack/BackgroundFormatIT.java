package io.ugcbot.localstack;

import io.ugcbot.embedded.EmbeddedS3;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.WordTiming;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.video.composite.BackgroundCompositor;
import io.ugcbot.video.job.KeptHeads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background format through the real services: a paid GenerationRequested with the user's clip becomes a
 * 1080×1920 video with the talking head in a circle over that clip. The request is published directly, so the test
 * controls the character and checks the circle's pixels; {@code BackgroundUploadIT} goes through the chat.
 */
class BackgroundFormatIT extends EndToEndTest {

    @TempDir
    Path dir;

    @Test
    void shouldCompositeTheTalkingHeadInACircleOverTheUsersClip() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        AssetStore s3 = AssetStore.create(new KitProperties.S3(stack.infrastructure().s3Endpoint(), "us-east-1",
                "ugc-assets", EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY, true, null));
        AssetRef character = s3.put("test/" + user.id() + "/blue.png",
                ffmpeg("color=c=blue:s=720x1280", "-frames:v", "1", "blue.png"), "image/png");
        AssetRef speech = s3.put("test/" + user.id() + "/tone.mp3",
                ffmpeg("sine=frequency=300:duration=3", "-c:a", "libmp3lame", "tone.mp3"), "audio/mpeg");
        AssetRef background = s3.put("test/" + user.id() + "/red.mp4",
                ffmpeg("color=c=red:s=1080x1920:d=2:r=25", "-c:v", "libx264", "-pix_fmt", "yuv420p", "red.mp4"),
                "video/mp4");
        UUID generation = UUID.randomUUID();
        kafka.publish(request(generation, user.id(), character, speech, background), "gateway-bot");

        ChatMessage video = user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("1 credit spent. Balance: 9.");

        Path file = dir.resolve("result.mp4");
        java.nio.file.Files.write(file, user.file(video));
        assertThat(MediaProbe.streams(file)).containsExactly("video:h264", "audio:aac");
        assertThat(MediaProbe.durationMs(file)).isBetween(2_700L, 3_300L);
        BufferedImage frame = MediaProbe.frameAt(file, 1.5);
        assertThat(frame.getWidth()).isEqualTo(BackgroundCompositor.WIDTH);
        assertThat(frame.getHeight()).isEqualTo(BackgroundCompositor.HEIGHT);
        int top = BackgroundCompositor.CIRCLE_TOP;
        int radius = BackgroundCompositor.CIRCLE / 2;
        assertThat(colour(frame, 540, top + radius)).as("the head, in the circle").isEqualTo("blue");
        assertThat(colour(frame, 540 - radius + 8, top + 8)).as("outside the circle").isEqualTo("red");
        assertThat(colour(frame, 60, 1000)).as("the user's clip").isEqualTo("red");
        GenerationRequested first = request(generation, user.id(), character, speech, background);
        String kept = KeptHeads.keyFor(first, "offline");
        assertThat(s3.exists(kept)).as("head kept for re-compositing").isTrue();
        Instant keptAt = lastModified(kept);

        // the same character and speech over another clip: composited again, the kept head reused, not re-rendered
        AssetRef green = s3.put("test/" + user.id() + "/green.mp4",
                ffmpeg("color=c=green:s=1080x1920:d=2:r=25", "-c:v", "libx264", "-pix_fmt", "yuv420p", "green.mp4"),
                "video/mp4");
        kafka.publish(request(UUID.randomUUID(), user.id(), character, speech, green), "gateway-bot");
        user.awaitsText("1 credit spent. Balance: 8.");
        ChatMessage again = user.botMessages().stream().filter(m -> "video".equals(m.mediaKind()))
                .reduce((a, b) -> b).orElseThrow();
        Path second = dir.resolve("second.mp4");
        java.nio.file.Files.write(second, user.file(again));
        BufferedImage secondFrame = MediaProbe.frameAt(second, 1.5);
        assertThat(colour(secondFrame, 540, top + radius)).as("the same head").isEqualTo("blue");
        assertThat(colour(secondFrame, 60, 1000)).as("the other clip").isEqualTo("green");
        assertThat(lastModified(kept)).as("the kept head was not rendered again").isEqualTo(keptAt);
    }

    private static GenerationRequested request(UUID generation, long user, AssetRef character, AssetRef speech,
                                               AssetRef background) {
        return new GenerationRequested(generation, user, VideoFormat.BACKGROUND_OVERLAY, "test", character, speech,
                3000, background, "Hello there",
                List.of(new WordTiming("Hello", 0, 1500), new WordTiming("there", 1500, 3000)), 1, null);
    }

    private Instant lastModified(String key) {
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(stack.infrastructure().s3Endpoint()))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY))).build()) {
            return s3.headObject(head -> head.bucket("ugc-assets").key(key)).lastModified();
        }
    }

    private Path ffmpeg(String source, String... output) {
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-nostdin", "-y", "-v", "error",
                "-f", "lavfi", "-i", source));
        for (int i = 0; i < output.length - 1; i++) {
            command.add(output[i]);
        }
        Path file = dir.resolve(output[output.length - 1]);
        command.add(file.toString());
        ExternalCommand.run(command, Duration.ofSeconds(60));
        return file;
    }

    private static String colour(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > 150 && c.getBlue() < 100) {
            return "red";
        }
        if (c.getBlue() > 150 && c.getRed() < 100) {
            return "blue";
        }
        if (c.getGreen() > 100 && c.getRed() < 100 && c.getBlue() < 100) {
            return "green";
        }
        return "other " + c;
    }
}
