package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's feedback form: a user writes to the team, an admin answers, and nothing in progress is lost. */
class FeedbackIT extends EndToEndTest {

    @Test
    void shouldPassFeedbackToTheTeamAndBringTheAnswerBack() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");

        user.taps(Action.FEEDBACK);
        user.awaitsText("Write your message to the team");
        user.says("The subtitles are too small on my phone " + user.id());
        user.awaitsText("Thank you!");

        ChatMessage forwarded = admin.awaitsText("The subtitles are too small on my phone " + user.id());
        assertThat(forwarded.text()).contains("(id " + user.id() + ")").contains("/reply " + user.id());

        admin.says("/reply " + user.id() + " Thanks, bigger subtitles are coming");
        admin.awaitsText("Sent to " + user.id());
        user.awaitsText("The team answers:\nThanks, bigger subtitles are coming");
    }

    @Test
    void shouldKeepTheVideoInTheMakingWhileTheUserWritesToUs() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data("en-female-1"));

        user.says("/feedback");
        user.awaitsText("Write your message to the team");
        user.says("Can I use my own photo?");
        user.awaitsText("Thank you!");

        user.says("Fresh bread every morning.");
        user.awaitsMessage(m -> TelegramUser.isSpeech(m));
        assertThat(user.botMessages()).filteredOn(m -> m.text() != null && m.text().contains("Thank you!"))
                .hasSize(1);
    }
}
