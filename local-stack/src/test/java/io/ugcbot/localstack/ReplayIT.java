package io.ugcbot.localstack;

import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A developer replays a finished generation into every service: nothing may happen twice. */
class ReplayIT extends EndToEndTest {

    @Test
    void shouldChangeNothingWhenEveryRecordOfAFinishedGenerationIsPublishedAgain() {
        TelegramUser user = newUser();
        makesVideo(user, "Fresh flowers delivered in one hour, anywhere in the city.");
        user.awaitsText("Balance: 9.");
        awaitQuiet();
        Snapshot before = snapshot(user);

        var records = kafka.readAll(record -> Long.toString(user.id()).equals(record.key()));
        assertThat(records).extracting(r -> r.topic()).contains("gateway.events", "credits.events", "tts.commands",
                "tts.events", "video.events");
        kafka.republish(records);
        awaitQuiet();

        assertThat(snapshot(user)).isEqualTo(before);
        assertThat(before.ledger()).extracting(row -> row.get("kind")).containsExactly("GRANT", "RESERVE", "CAPTURE");
        assertThat(before.renderJobs()).singleElement().satisfies(job -> assertThat(job.get("attempts")).isEqualTo(1));
        assertThat(before.creditMovements()).extracting(row -> row.get("kind") + " " + row.get("delta"))
                .containsExactly("WELCOME_BONUS 10", "VIDEO -1");

        user.says("/balance");
        ChatMessage statement = user.awaitsText("Your balance: 9 credits.");
        assertThat(statement.text()).containsOnlyOnce("+10 welcome bonus").containsOnlyOnce("−1 for a video");
    }

    private Snapshot snapshot(TelegramUser user) {
        List<String> chat = user.botMessages().stream()
                .map(ChatMessage::toString).toList();
        return new Snapshot(databases.availableCredits(user.id()), databases.ledger(user.id()),
                databases.renderJobs(user.id()), databases.assets(user.id()), databases.creditMovements(user.id()),
                databases.outgoingMessages(user.id()), chat);
    }

    private record Snapshot(long credits, List<Map<String, Object>> ledger, List<Map<String, Object>> renderJobs,
                            List<Map<String, Object>> assets, List<Map<String, Object>> creditMovements,
                            long outgoingMessages, List<String> chat) {
    }
}
