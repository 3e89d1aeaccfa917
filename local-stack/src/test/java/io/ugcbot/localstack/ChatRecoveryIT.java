package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No chat waits forever. A chat waiting for an answer that was lost (here: a speech request nobody will answer) is
 * left with Cancel or /start, and moves on by itself after its deadline; a video the user stopped waiting for still
 * arrives and is paid once.
 */
class ChatRecoveryIT extends EndToEndTest {

    private final JdbcClient gateway = JdbcClient.create(stack.infrastructure().dataSource());

    @Test
    void shouldLeaveAWaitWhoseAnswerWasLostWithCancel() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        waitsForAnAnswerThatWasLost(user, Duration.ofMinutes(3));

        user.says("Another script, please");
        ChatMessage pleaseWait = user.awaitsText("Please wait");
        user.taps(Action.CANCEL);

        user.awaitsText("Cancelled. What next?");
        assertThat(pleaseWait.buttons()).flatExtracting(row -> row).extracting(ChatMessage.Button::callbackData)
                .contains("cancel");
        assertThat(state(user)).isEqualTo("IDLE");
        preparesSpeech(user, "The chat works again after the cancel.");
    }

    @Test
    void shouldLeaveAWaitWhoseAnswerWasLostWithStart() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        waitsForAnAnswerThatWasLost(user, Duration.ofMinutes(3));

        user.says("/start");

        awaitState(user, "IDLE");
        preparesSpeech(user, "The chat works again after start.");
    }

    @Test
    void shouldMoveOnByItselfOnceTheDeadlineHasPassed() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);

        waitsForAnAnswerThatWasLost(user, Duration.ofSeconds(-1));

        user.awaitsText("I stopped waiting");
        assertThat(state(user)).isEqualTo("IDLE");
    }

    @Test
    void shouldStillDeliverAndChargeOnceAVideoTheUserStoppedWaitingFor() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Fresh coffee beans, roasted this morning.");

        user.taps(Action.CONFIRM);
        user.says("/start");

        user.awaitsMessage(m -> "video".equals(m.mediaKind()));
        user.awaitsText("1 credit spent");
        awaitQuiet();
        UUID generation = databases.latestGeneration(user.id());
        assertThat(databases.availableCredits(user.id())).isEqualTo(9);
        assertThat(databases.ledgerRows(generation, "CAPTURE")).isEqualTo(1);
        assertThat(user.botMessages()).filteredOn(m -> "video".equals(m.mediaKind())).hasSize(1);
        assertThat(state(user)).isNotIn("GENERATING", "SYNTHESIZING");
    }

    /** The chat waits for speech whose answer will never come, until {@code deadline} from now. */
    private void waitsForAnAnswerThatWasLost(TelegramUser user, Duration deadline) {
        awaitState(user, "IDLE");
        gateway.sql("""
                        update gateway.chat_session set state = 'SYNTHESIZING', speech_request_id = ?,
                               busy_until = now() + cast(? as interval) where user_id = ?""")
                .param(UUID.randomUUID()).param(deadline.toSeconds() + " seconds").param(user.id()).update();
    }

    private void awaitState(TelegramUser user, String expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> expected.equals(state(user)));
    }

    private String state(TelegramUser user) {
        return gateway.sql("select state from gateway.chat_session where user_id = ?").param(user.id())
                .query(String.class).optional().orElse("IDLE");
    }
}
