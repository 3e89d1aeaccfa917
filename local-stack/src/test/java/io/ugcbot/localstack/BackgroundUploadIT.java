package io.ugcbot.localstack;

import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.video.composite.BackgroundCompositor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background format as a user makes it: confirm the speech "over my clip", send a clip; storage-service fetches it
 * from Telegram, checks and normalises it, and the video comes back composited over it. A clip too long is refused
 * with its length, and the user can send another.
 */
class BackgroundUploadIT extends EndToEndTest {

    private final MessageCodec codec = new MessageCodec();

    @TempDir
    Path dir;

    @Test
    void shouldCompositeTheVideoOverTheClipTheUserSent() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Fresh flowers, delivered today.");
        user.taps(Action.BACKGROUND);
        user.awaitsText("Send me a video clip of up to 15 s");

        user.sendsVideo(clip("red", 540, 960, 3));

        user.awaitsText("Checking your clip");
        ChatMessage video = user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("1 credit spent. Balance: 9.");
        Path file = dir.resolve("result.mp4");
        Files.write(file, user.file(video));
        BufferedImage frame = MediaProbe.frameAt(file, 1.0);
        assertThat(frame.getWidth()).isEqualTo(BackgroundCompositor.WIDTH);
        assertThat(frame.getHeight()).isEqualTo(BackgroundCompositor.HEIGHT);
        Color clipColour = new Color(frame.getRGB(60, 1000));
        assertThat(clipColour.getRed()).as("the user's clip behind the circle").isGreaterThan(150);
        assertThat(clipColour.getBlue()).isLessThan(100);
        assertThat(databases.assets(user.id())).anyMatch(row -> ((String) row.get("key")).startsWith("uploads/"));
    }

    @Test
    void shouldTakeTheClipFirstWhenTheUserChoosesTheFormatAtTheStart() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.BACKGROUND);
        user.awaitsText("Send me a video clip of up to 15 s");

        user.sendsVideo(clip("red", 540, 960, 3));

        ChatMessage ready = user.awaitsText("Your clip is ready");
        assertThat(ready.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData))
                .doesNotContain(Action.BACKGROUND.data());
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data("en-female-1"));
        user.says("Fresh bread, every morning.");
        ChatMessage speech = user.awaitsMessage(TelegramUser::isSpeech);
        assertThat(speech.buttons().getFirst().getFirst().text()).isEqualTo("✅ Make the video over my clip");

        user.taps(Action.CONFIRM);

        ChatMessage video = user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        Path file = dir.resolve("first.mp4");
        Files.write(file, user.file(video));
        BufferedImage frame = MediaProbe.frameAt(file, 1.0);
        assertThat(frame.getHeight()).isEqualTo(BackgroundCompositor.HEIGHT);
        assertThat(new Color(frame.getRGB(60, 1000)).getRed()).as("the clip sent first, behind the circle")
                .isGreaterThan(150);

        // /overlay: the same video again over the same clip, then over another, from the same speech and image
        user.says("/overlay");
        ChatMessage again = user.awaitsText("Your last video again, over a clip");
        user.tapsOn(again, "🔁 The same clip");
        user.awaitsMessage(m -> "video".equals(m.mediaKind()) && m.messageId() > again.messageId());
        user.says("/overlay");
        ChatMessage another = user.awaitsMessage(m -> m.text() != null && m.text().contains("Your last video again")
                && m.messageId() > again.messageId());
        user.sendsVideo(clip("blue", 540, 960, 3));
        ChatMessage third = user.awaitsMessage(m -> "video".equals(m.mediaKind())
                && m.messageId() > another.messageId());
        Path thirdFile = dir.resolve("third.mp4");
        Files.write(thirdFile, user.file(third));
        Color behind = new Color(MediaProbe.frameAt(thirdFile, 1.0).getRGB(60, 1000));
        assertThat(behind.getBlue()).as("the other clip behind the circle").isGreaterThan(150);
        assertThat(behind.getRed()).isLessThan(100);

        List<GenerationRequested> requests = kafka.readAll(r -> r.topic().equals(Topics.GATEWAY_EVENTS)
                        && Long.toString(user.id()).equals(r.key())).stream()
                .map(r -> codec.decode(KafkaTopics.header(r, CloudEventHeaders.TYPE), r.value()))
                .flatMap(java.util.Optional::stream).filter(GenerationRequested.class::isInstance)
                .map(GenerationRequested.class::cast).toList();
        assertThat(requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.format()).isEqualTo(VideoFormat.BACKGROUND_OVERLAY);
            assertThat(request.audio()).isEqualTo(requests.getFirst().audio());
            assertThat(request.character()).isEqualTo(requests.getFirst().character());
        });
        assertThat(requests.get(1).background()).isEqualTo(requests.getFirst().background());
        assertThat(requests.get(2).background()).isNotEqualTo(requests.getFirst().background());
        awaitQuiet();
        assertThat(databases.availableCredits(user.id())).isEqualTo(7);
    }

    @Test
    void shouldRefuseAClipLongerThanFifteenSecondsAndTakeAnother() throws Exception {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Warm socks for cold days.");
        user.taps(Action.BACKGROUND);

        user.sendsVideo(clip("blue", 320, 568, 18));

        ChatMessage refusal = user.awaitsText("I cannot use that clip");
        assertThat(refusal.text()).contains("the clip is 18 s long, and at most 15 s fit");
        assertThat(databases.renderJobs(user.id())).isEmpty();
        assertThat(refusal.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData))
                .containsExactly(Action.CONFIRM.data(), Action.BACK.data(), Action.MENU.data());

        user.taps(Action.CONFIRM);

        user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("1 credit spent. Balance: 9.");
    }

    @Test
    void shouldStopDownloadingAClipOverTheSizeLimitWhoseSizeWasNotReported() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Big files are cut off while they download.");
        user.taps(Action.BACKGROUND);

        user.sendsVideoOfUnreportedSize(new byte[21 * 1024 * 1024]);

        ChatMessage refusal = user.awaitsText("I cannot use that clip");
        assertThat(refusal.text()).contains("at most 20 MB fit");
        assertThat(databases.renderJobs(user.id())).isEmpty();
    }

    /** Services say why with a code; the gateway words it in the user's language, figures written the local way. */
    @Test
    void shouldTellWhyInTheUsersLanguage() throws Exception {
        TelegramUser user = newUser("ru");
        user.says("/start");
        user.awaitsText("Приветственный бонус: +10 кредитов.");
        preparesSpeech(user, "ru-female-1", "Тёплые носки для холодных дней.");
        user.taps(Action.BACKGROUND);

        user.sendsVideo(clip("blue", 320, 568, 17.5));

        ChatMessage refusal = user.awaitsText("Это видео не подойдёт");
        assertThat(refusal.text()).contains("ролик длится 17,5 с, а можно не дольше 15 с");
    }

    private byte[] clip(String colour, int width, int height, double seconds) throws Exception {
        Path file = dir.resolve(colour + seconds + ".mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "color=c=" + colour + ":s=" + width + "x" + height + ":d=" + seconds + ":r=25", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", file.toString()), Duration.ofSeconds(60));
        return Files.readAllBytes(file);
    }
}
