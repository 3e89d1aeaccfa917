package io.ugcbot.localstack;

import io.ugcbot.gateway.admin.DailyStats;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Flow 7 in the chat: an admin tops a user up through the ledger, looks the user up, reads the stats. */
class AdminCommandsIT extends EndToEndTest {

    @Test
    void shouldLetAnAdminGrantCreditsAndLookUpAUser() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");
        admin.says("/start");

        admin.says("/addcredits " + user.id() + " 25 promo");

        admin.awaitsText("25 credits for " + user.id() + " sent to the ledger");
        user.awaitsText("You received 25 credits. Balance: 35.");
        assertThat(databases.availableCredits(user.id())).isEqualTo(35);
        assertThat(databases.ledger(user.id()))
                .anyMatch(row -> ("admin:" + SharedStack.ADMIN_ID).equals(row.get("actor")));

        admin.says("/userinfo " + user.id());
        assertThat(admin.awaitsText("👤 " + user.id()).text()).contains("Balance: 35");

        admin.says("/stats");
        assertThat(admin.awaitsText("📊 Users:").text()).contains("Videos ready:");

        admin.says("/addcredits " + user.id() + " lots");
        admin.awaitsText("Usage: /addcredits");
    }

    @Test
    void shouldSendTheDailyStatisticsToTheAdminOnceADay() {
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");
        DailyStats daily = stack.service("gateway-bot").getBean(DailyStats.class);
        long before = statsMessages(admin);

        daily.send();
        daily.send();

        admin.awaitsText("📊 Users:");
        awaitQuiet();
        assertThat(statsMessages(admin)).isEqualTo(before + 1);
    }

    private static long statsMessages(TelegramUser admin) {
        return admin.botMessages().stream().filter(m -> m.text() != null && m.text().startsWith("📊")).count();
    }

    @Test
    void shouldNotOfferAdminCommandsToOtherUsers() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);

        user.says("/stats");

        assertThat(user.awaitsMessage(m -> m.text() != null && !m.text().contains("Welcome")
                && !m.text().startsWith("Hi ")).text()).doesNotContain("📊");
    }
}
