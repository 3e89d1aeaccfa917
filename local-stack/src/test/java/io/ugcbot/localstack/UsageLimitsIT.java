package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Topics;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.AssetRef;
import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.gateway.catalog.CatalogCharacter;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits a paying service needs: paid provider calls per user per hour, and texts of any length fitted to what
 * Telegram accepts (the emulator refuses what Telegram refuses: over 4,096 characters of text, 1,024 of caption).
 */
class UsageLimitsIT extends EndToEndTest {

    @Test
    void shouldRefuseThePaidCallOverTheHourlyLimitAndSendNoCommandForIt() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        preparesSpeech(user, "Speech number 1.");
        for (int call = 2; call <= SharedStack.PAID_CALLS_PER_HOUR; call++) {
            user.says("Speech number " + call + ".");
            int expected = call;
            user.awaitsMessage(m -> TelegramUser.isSpeech(m)
                    && user.botMessages().stream().filter(b -> TelegramUser.isSpeech(b)).count() == expected);
        }

        user.says("One speech too many.");

        ChatMessage refusal = user.awaitsText("the most an hour allows");
        assertThat(refusal.text()).contains(SharedStack.PAID_CALLS_PER_HOUR + " paid steps");
        awaitQuiet();
        long commands = kafka.readAll(r -> r.topic().equals(Topics.TTS_COMMANDS)
                && Long.toString(user.id()).equals(r.key())).size();
        assertThat(commands).isEqualTo(SharedStack.PAID_CALLS_PER_HOUR);
        user.taps(Action.CONFIRM);
        user.awaitsMessage(m -> user.botMessages().stream()
                .filter(b -> b.text() != null && b.text().contains("the most an hour allows")).count() == 2);
        assertThat(databases.renderJobs(user.id())).isEmpty();
        assertThat(KafkaTopics.header(kafka.readAll(r -> r.topic().equals(Topics.TTS_COMMANDS)
                && Long.toString(user.id()).equals(r.key())).getFirst(), CloudEventHeaders.TYPE)).contains("Synthesize");
    }

    @Test
    void shouldSplitLongTextsAndCaptionsInsteadOfHavingTelegramRefuseThem() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        // numbered words, so the parts can be told apart and put together again
        String longText = words("w", 2000);
        String longCaption = words("c", 300);
        ChatMessage portrait = somePortrait(user);

        queue(outgoing -> {
            outgoing.text(user.id(), "test-long:" + user.id(), longText, List.of());
            outgoing.media(user.id(), MessageKind.PHOTO, "test-caption:" + user.id(), portraitAsset(), longCaption,
                    List.of());
        });

        user.awaitsText(" c300");
        awaitQuiet();
        List<String> textParts = textsStartingWith(user, "w");
        assertThat(textParts).hasSize(3).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", textParts)).as("the parts, in order, are the text").isEqualTo(longText);
        ChatMessage photo = user.botMessages().stream().filter(m -> "photo".equals(m.mediaKind())
                && m.text() != null && m.text().startsWith("c1 ")).findFirst().orElseThrow();
        assertThat(photo.text().length()).isLessThanOrEqualTo(1024);
        List<String> captionRest = textsStartingWith(user, "c");
        assertThat(photo.text() + " " + String.join(" ", captionRest)).isEqualTo(longCaption);
        assertThat(portrait).isNotNull();
        assertThat(databases.unsentMessages(user.id())).isZero();
    }

    private static String words(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static List<String> textsStartingWith(TelegramUser user, String prefix) {
        return user.botMessages().stream().filter(m -> m.mediaKind() == null).map(ChatMessage::text)
                .filter(t -> t != null && t.startsWith(prefix) && Character.isDigit(t.charAt(prefix.length())))
                .toList();
    }

    private ChatMessage somePortrait(TelegramUser user) {
        user.taps(Action.CREATE);
        user.taps(Action.GENDER.data("FEMALE"));
        return user.awaitsMessage(m -> "photo".equals(m.mediaKind()));
    }

    private AssetRef portraitAsset() {
        CharacterCatalog catalog = stack.service(GatewayApplication.NAME).getBean(CharacterCatalog.class);
        return catalog.portrait(catalog.byGender(CatalogCharacter.Gender.FEMALE).getFirst());
    }

    private void queue(java.util.function.Consumer<Outgoing> messages) {
        ConfigurableApplicationContext gateway = stack.service(GatewayApplication.NAME);
        gateway.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                messages.accept(gateway.getBean(Outgoing.class)));
    }
}
