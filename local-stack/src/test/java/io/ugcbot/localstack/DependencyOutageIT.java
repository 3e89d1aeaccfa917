package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.embedded.Infrastructure.Dependency;
import io.ugcbot.embedded.OutageProxy;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL or S3 away for a minute, or the Kafka broker restarted (down 20 s), while generations are under way,
 * two confirmed just before and one during the outage: every generation still ends with a video or a refund, nothing
 * reaches a dead-letter topic, and every balance is right. The services reach PostgreSQL and S3 through proxies the
 * test cuts (connections reset, new ones refused, as when the server goes down) and restores; the broker is stopped
 * and started again on its port with its data.
 */
class DependencyOutageIT extends EndToEndTest {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Consumers back off to 10 s between attempts; renders and uploads then catch up. */
    private static final Duration RECOVERY = Duration.ofMinutes(5);

    @Test
    void shouldEndEveryGenerationWithAVideoOrARefundWhenPostgresIsAwayForAMinute() throws Exception {
        generationsThroughAnOutageOf(Dependency.POSTGRES);
    }

    @Test
    void shouldEndEveryGenerationWithAVideoOrARefundWhenS3IsAwayForAMinute() throws Exception {
        generationsThroughAnOutageOf(Dependency.S3);
    }

    @Test
    void shouldEndEveryGenerationWithAVideoOrARefundWhenTheKafkaBrokerRestarts() throws Exception {
        var infrastructure = stack.infrastructure();
        boolean[] down = {false};
        generationsThroughAnOutage(new Outage() {
            @Override
            public void begin() {
                infrastructure.stopKafkaBroker();
                down[0] = true;
            }

            @Override
            public boolean away() {
                return down[0];
            }

            @Override
            public void end() throws Exception {
                infrastructure.startKafkaBroker();
                down[0] = false;
            }
        }, Duration.ofSeconds(20));
    }

    /**
     * Found by the chaos drill: Telegram took a video, the database went away before the gateway could mark it sent,
     * and the video was sent again once the database was back. Here the database goes away the moment the emulator
     * receives the video, before the gateway hears Telegram's answer.
     */
    @Test
    void shouldNotSendAMessageAgainThatTelegramTookJustBeforeTheDatabaseWentAway() throws Exception {
        OutageProxy database = stack.infrastructure().drill(Dependency.POSTGRES);
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Delivered once, whatever the database does after.");
        AtomicBoolean cut = new AtomicBoolean();
        stack.emulator().telegram().observeBotMessages(message -> {
            if (message.chatId() == user.id() && "video".equals(message.mediaKind()) && cut.compareAndSet(false, true)) {
                database.cut();
            }
        });
        try {
            user.taps(Action.CONFIRM);
            await().atMost(RECOVERY).untilTrue(cut);
            // away long enough for the sender to try again, and to fail to record that too
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(30)).until(database::isCut);
        } finally {
            database.restore();
        }
        awaitQuiet();

        assertThat(user.botMessages().stream().filter(m -> "video".equals(m.mediaKind()))).as("videos in the chat")
                .hasSize(1);
        UUID generation = databases.latestGeneration(user.id());
        assertThat(databases.ledgerRows(generation, "CAPTURE")).isEqualTo(1);
        assertThat(databases.availableCredits(user.id())).isEqualTo(9);
    }

    private void generationsThroughAnOutageOf(Dependency dependency) throws Exception {
        OutageProxy proxy = stack.infrastructure().drill(dependency);
        generationsThroughAnOutage(new Outage() {
            @Override
            public void begin() {
                proxy.cut();
            }

            @Override
            public boolean away() {
                return proxy.isCut();
            }

            @Override
            public void end() {
                proxy.restore();
            }
        }, OUTAGE);
    }

    /** A dependency going away and coming back. */
    private interface Outage {
        void begin();

        boolean away();

        void end() throws Exception;
    }

    private void generationsThroughAnOutage(Outage outage, Duration length) throws Exception {
        int deadLettersBefore = kafka.readDeadLetters(record -> true).size();
        List<TelegramUser> users = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TelegramUser user = newUser();
            startsAndGetsWelcomeBonus(user);
            preparesSpeech(user, "Fresh bread every morning, number " + i + ", come and taste it today.");
            users.add(user);
        }
        users.get(0).taps(Action.CONFIRM);
        users.get(1).taps(Action.CONFIRM);
        outage.begin();
        try {
            // the third user confirms while the dependency is away; the outage then lasts its full length
            users.get(2).taps(Action.CONFIRM);
            await().during(length).atMost(length.plusSeconds(30)).until(outage::away);
        } finally {
            outage.end();
        }

        List<Boolean> gotVideo = new ArrayList<>();
        for (TelegramUser user : users) {
            ChatMessage end = user.awaitsMessage(m -> "video".equals(m.mediaKind())
                    || m.text() != null && (m.text().contains("credit is back") || m.text().contains("could not be made")),
                    RECOVERY);
            gotVideo.add("video".equals(end.mediaKind()));
        }
        awaitQuiet();
        assertThat(kafka.readDeadLetters(record -> true)).as("records dead-lettered during the outage")
                .hasSize(deadLettersBefore);
        for (int i = 0; i < users.size(); i++) {
            long user = users.get(i).id();
            UUID generation = databases.latestGeneration(user);
            int paid = gotVideo.get(i) ? 1 : 0;
            assertThat(databases.availableCredits(user)).as("balance of user %d", i).isEqualTo(10 - paid);
            assertThat(databases.ledgerRows(generation, "RESERVE")).as("reservations of user %d", i).isEqualTo(1);
            assertThat(databases.ledgerRows(generation, "CAPTURE")).as("captures of user %d", i).isEqualTo(paid);
            assertThat(databases.reservationStatus(generation)).as("reservation of user %d", i)
                    .isEqualTo(paid == 1 ? "CAPTURED" : "RELEASED");
        }
    }
}
