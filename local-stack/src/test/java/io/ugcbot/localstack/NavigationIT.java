package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The way around the bot: Back and Menu on the steps, the commands, /help with the FAQ, /profile, the command menu. */
class NavigationIT extends EndToEndTest {

    @Test
    void shouldGoBackAStepAndToTheMenuFromAnyStep() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        user.says("/create");
        user.taps(Action.GENDER.data("FEMALE"));
        user.taps(Action.CHARACTER.data("anna"));
        ChatMessage voices = user.awaitsMessage(m -> "audio".equals(m.mediaKind()) && m.text().contains("1/"));

        user.tapsOn(voices, "⬅️ Back");
        ChatMessage gallery = user.awaitsMessage(m -> "photo".equals(m.mediaKind())
                && m.messageId() > voices.messageId());
        user.says("/resume");
        user.awaitsMessage(m -> "photo".equals(m.mediaKind()) && m.messageId() > gallery.messageId());

        user.taps(Action.MENU);
        user.awaitsText("What next?");
        user.says("/resume");
        user.awaitsText("Nothing is unfinished.");
        user.says("/cancel");
        user.awaitsText("Nothing is in the works right now.");
    }

    @Test
    void shouldAnswerHelpAndProfileInTheUsersLanguage() {
        TelegramUser user = newUser("ru");
        startsAndGetsWelcomeBonus(user);

        user.says("/help");
        ChatMessage help = user.awaitsText("❓ Помощь");
        assertThat(help.text()).contains("Цены", "15 с речи", "/paysupport");

        user.says("/profile");
        ChatMessage profile = user.awaitsText("Ваш профиль");
        assertThat(profile.text()).contains("Баланс: 10", "Сделано видео: 0", "Язык: русский");

        user.says("/paysupport");
        user.awaitsText("Поддержка по оплате");
        user.says("/nosuchcommand");
        user.awaitsText("Такой команды я не знаю");
    }

    @Test
    void shouldAnswerOnlyCommandsInAGroupWithAHintToWriteInPrivate() {
        TelegramUser user = newUser();
        long group = -1_000_000_000L - user.id();
        var telegram = stack.emulator().telegram();

        telegram.userSendsTextInGroup(group, user.id(), "/create");
        telegram.userSendsTextInGroup(group, user.id(), "nice bot, everyone");
        telegram.userSendsTextInGroup(group, user.id(), "/help");

        await().untilAsserted(() -> assertThat(telegram.messages(group)).filteredOn(ChatMessage::fromBot)
                .hasSize(2).allSatisfy(m -> assertThat(m.text()).contains("private")));
        awaitQuiet();
        assertThat(telegram.messages(group)).filteredOn(ChatMessage::fromBot).hasSize(2);
        assertThat(telegram.messages(user.id())).as("nothing was started in the user's private chat").isEmpty();
    }

    @Test
    void shouldRegisterTheCommandMenuInBothLanguages() {
        await().untilAsserted(() -> {
            List<Map<String, String>> english = stack.emulator().telegram().commands("");
            List<Map<String, String>> russian = stack.emulator().telegram().commands("ru");
            assertThat(english).extracting(c -> c.get("command")).contains("create", "main", "help", "profile",
                    "history", "paysupport");
            assertThat(russian).extracting(c -> c.get("description")).contains("Сделать видео", "Мой профиль");
        });
    }
}
