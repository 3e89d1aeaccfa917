package io.ugcbot.localstack.support;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.localstack.LocalStack;
import io.ugcbot.localstack.telegram.ChatMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/** What every end-to-end test shares: the running stack, a fresh Telegram user per test, and the common journey. */
public abstract class EndToEndTest {

    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    protected final LocalStack stack = SharedStack.get();
    protected final Databases databases = new Databases(stack.infrastructure().dataSource());
    protected final KafkaTopics kafka = new KafkaTopics(stack.infrastructure().kafkaBootstrapServers());

    protected TelegramUser newUser() {
        return newUser("en");
    }

    /** A user whose Telegram client is set to this language (the bot answers in it). */
    protected TelegramUser newUser(String language) {
        return new TelegramUser(stack.emulator().telegram(), NEXT_USER.incrementAndGet(), language);
    }

    /** /start, and wait until the welcome bonus has arrived. */
    protected void startsAndGetsWelcomeBonus(TelegramUser user) {
        user.says("/start");
        user.awaitsText(user.speaksRussian() ? "Приветственный бонус: +10 кредитов. Баланс: 10."
                : "Welcome bonus: +10 credits. Balance: 10.");
    }

    /** Character, voice and script: ends with the speech in the chat and its Confirm button. */
    protected ChatMessage preparesSpeech(TelegramUser user, String script) {
        return preparesSpeech(user, "en-female-1", script);
    }

    protected ChatMessage preparesSpeech(TelegramUser user, String voice, String script) {
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        user.taps(Action.VOICE.data(voice));
        user.says(script);
        return user.awaitsMessage(m -> TelegramUser.isSpeech(m));
    }

    protected ChatMessage makesVideo(TelegramUser user, String script) {
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, script);
        user.taps(Action.CONFIRM);
        return user.awaitsMessage(m -> "video".equals(m.mediaKind()));
    }

    /**
     * Arguments for one more instance of a service beside the stack, on a schema and consumer group of its own and with
     * its Kafka listeners off, so it takes none of the stack's work; {@code service} names its migrations (db/service).
     */
    protected List<String> isolatedInstanceArguments(String service, String schema, String... more) {
        List<String> args = new ArrayList<>(stack.serviceArguments());
        args.addAll(List.of("--server.port=0",
                "--ugc.schema=" + schema,
                "--spring.flyway.locations=classpath:db/kit,classpath:db/" + service,
                "--spring.kafka.consumer.group-id=" + schema,
                "--spring.kafka.listener.auto-startup=false"));
        args.addAll(List.of(more));
        return args;
    }

    /** Waits until every service has consumed everything and every outbox is empty: the system has settled. */
    protected void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> kafka.caughtUp(stack.services().keySet()) && databases.everythingSent());
    }

    protected static Path saved(byte[] bytes, String suffix) {
        try {
            Path file = Files.createTempFile("e2e-", suffix);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static long durationMs(byte[] media, String suffix) {
        return MediaProbe.durationMs(saved(media, suffix));
    }
}
