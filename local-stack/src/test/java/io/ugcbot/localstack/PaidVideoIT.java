package io.ugcbot.localstack;

import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's spine, through the emulated Telegram: one paid video, and the ways it can go wrong. */
class PaidVideoIT extends EndToEndTest {

    @Test
    void shouldMakeTheVideoInTheFrameTheUserPickedAskingTwiceForOneThatCostsAtTheThreshold() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Our new desk lamp: warm light for long evenings.");
        user.taps(Action.CONFIRM_AS.data("LANDSCAPE"));

        user.awaitsText("This video costs 3 credits (your balance: 10). Make it?");
        assertThat(databases.renderJobs(user.id())).as("nothing started before the second yes").isEmpty();
        user.taps(Action.CONFIRM_COST);

        ChatMessage video = user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("3 credits spent. Balance: 7.");

        BufferedImage frame = MediaProbe.frameAt(saved(user.file(video), ".mp4"), 0.5);
        assertThat(frame.getWidth()).as("a landscape frame").isGreaterThan(frame.getHeight());
    }

    @Test
    void shouldDeliverALipSyncedVideoAndChargeOneCreditOnce() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        ChatMessage speech = preparesSpeech(user, "Hello! Try our new coffee: fresh, bold and made for busy mornings.");
        user.taps(Action.CONFIRM);

        ChatMessage video = user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("1 credit spent. Balance: 9.");

        var file = saved(user.file(video), ".mp4");
        assertThat(MediaProbe.streams(file)).contains("video:h264", "audio:aac");
        long speechMs = durationMs(user.file(speech), ".mp3");
        assertThat(MediaProbe.durationMs(file)).isBetween(speechMs - 500, speechMs + 500);

        UUID generation = databases.latestGeneration(user.id());
        assertThat(databases.availableCredits(user.id())).isEqualTo(9);
        assertThat(databases.ledgerRows(generation, "CAPTURE")).isEqualTo(1);
        assertThat(databases.reservationStatus(generation)).isEqualTo("CAPTURED");
        assertThat(user.botMessages()).filteredOn(m -> "video".equals(m.mediaKind())).hasSize(1);
    }

    @Test
    void shouldReturnTheCreditWhenTheRenderFails() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "This take will not render " + SharedStack.FAIL_RENDER_MARKER);
        user.taps(Action.CONFIRM);

        user.awaitsText("the video could not be made");
        user.awaitsText("credit is back. Balance: 10.");

        UUID generation = databases.latestGeneration(user.id());
        assertThat(databases.availableCredits(user.id())).isEqualTo(10);
        assertThat(databases.reservationStatus(generation)).isEqualTo("RELEASED");
        assertThat(databases.ledgerRows(generation, "CAPTURE")).isZero();
        assertThat(user.botMessages()).noneMatch(m -> "video".equals(m.mediaKind()));
    }

    @Test
    void shouldSendPortraitsTelegramAlreadyHasByTheirFileId() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("MALE"));
        List<String> first = awaitPortraits(user, 1);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("MALE"));
        List<String> second = awaitPortraits(user, 2).subList(1, 2);

        assertThat(second).as("the second gallery's first page, sent by the file id of the first").isEqualTo(first);
    }

    private static List<String> awaitPortraits(TelegramUser user, int count) {
        user.awaitsMessage(m -> user.botMessages().stream().filter(p -> "photo".equals(p.mediaKind())).count() >= count);
        return user.botMessages().stream().filter(m -> "photo".equals(m.mediaKind())).map(ChatMessage::fileId)
                .toList();
    }

    @Test
    void shouldRefuseAScriptLongerThanFifteenSecondsWithItsMeasuredLength() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        writesAScriptTooLongForFifteenSeconds(user);

        ChatMessage refusal = user.awaitsText("a video can have at most 15.0 s");
        assertThat(refusal.text()).containsPattern("The speech is (1[5-9]|[2-9]\\d)\\.\\d s long")
                .containsPattern("Spoken at 1[0-3]\\d % of the voice's pace it would fit");
        assertThat(user.botMessages()).noneMatch(m -> TelegramUser.isSpeech(m));
        assertThat(databases.renderJobs(user.id())).isEmpty();
    }

    @Test
    void shouldSpeakATooLongScriptFasterWhenTheUserTakesTheOfferedPace() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        writesAScriptTooLongForFifteenSeconds(user);
        ChatMessage refusal = user.awaitsText("of the voice's pace it would fit");
        String faster = refusal.buttons().stream().flatMap(List::stream).map(ChatMessage.Button::callbackData)
                .filter(data -> data.startsWith("pace:")).findFirst().orElseThrow();

        user.taps(faster);

        ChatMessage speech = user.awaitsMessage(m -> TelegramUser.isSpeech(m));
        assertThat(speech.text()).containsPattern("Here is the speech \\((1[0-4]|\\d)\\.\\d s\\)");
    }

    private static void writesAScriptTooLongForFifteenSeconds(TelegramUser user) {
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data("en-male-1"));
        user.says("Our bakery opens at seven every morning with fresh croissants, warm sourdough, cinnamon rolls "
                + "and the best coffee in town. Come early, bring a friend, try the seasonal pumpkin pie, and "
                + "remember that every tenth visit is on us because we love our regulars very much indeed.");
    }
}
