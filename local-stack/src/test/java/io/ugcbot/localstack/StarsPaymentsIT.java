package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.localstack.telegram.EmulatedTelegram;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying credits with Telegram Stars (flow 7 of the seeds, paid): packages, an XTR invoice, the pre-checkout answer,
 * the payment granted once however often Telegram reports it, and an admin's refund taking the credits back.
 */
class StarsPaymentsIT extends EndToEndTest {

    @Test
    void shouldGrantAPaymentOnceAndTakeTheCreditsBackWhenAnAdminRefundsIt() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");

        user.says("/balance");
        user.taps(Action.TOP_UP);
        user.taps(Action.BUY.data("30x135"));
        ChatMessage invoice = user.awaitsMessage(m -> "invoice".equals(m.mediaKind()));
        EmulatedTelegram.Invoice sent = stack.emulator().telegram().invoice(invoice.messageId()).orElseThrow();
        assertThat(sent.currency()).isEqualTo("XTR");
        assertThat(sent.amount()).isEqualTo(135);
        assertThat(sent.title()).isEqualTo("30 credits");

        user.pays(invoice);

        user.awaitsText("30 credits added. Balance: 40.");
        EmulatedTelegram.Charge charge = stack.emulator().telegram().charges(user.id()).getFirst();
        ChatMessage notice = admin.awaitsText("(id " + user.id() + ") bought 30 credits for 135 Stars");
        assertThat(notice.text()).contains("/refund " + charge.chargeId());

        stack.emulator().telegram().deliversPaymentAgain(charge.chargeId());
        awaitQuiet();
        assertThat(user.botMessages()).filteredOn(m -> m.text() != null && m.text().contains("30 credits added"))
                .hasSize(1);
        UUID grant = (UUID) databases.ledger(user.id()).stream()
                .filter(row -> ("telegram-stars:" + charge.chargeId()).equals(row.get("actor")))
                .map(row -> row.get("reference_id")).findFirst().orElseThrow();
        assertThat(databases.ledgerRows(grant, "GRANT")).isEqualTo(1);
        assertThat(databases.availableCredits(user.id())).isEqualTo(40);

        admin.says("/refund " + charge.chargeId());

        admin.awaitsText("Payment " + charge.chargeId() + " refunded");
        user.awaitsText("A purchase was refunded: 30 credits taken back. Balance: 10.");
        assertThat(stack.emulator().telegram().charges(user.id()).getFirst().refunded()).isTrue();
        assertThat(databases.ledgerRows(grant, "REVOKE")).isEqualTo(1);
        assertThat(databases.availableCredits(user.id())).isEqualTo(10);

        admin.says("/refund " + charge.chargeId());
        admin.awaitsText("Payment " + charge.chargeId() + " was refunded already");
        assertThat(databases.availableCredits(user.id())).isEqualTo(10);
    }

    @Test
    void shouldDeclineAtCheckoutAnInvoiceWhosePackageIsNoLongerOfferedAndChargeNothing() {
        TelegramUser user = newUser();
        startsAndGetsWelcomeBonus(user);
        // an invoice an earlier release sent, for a package the operator has since removed
        ChatMessage old = stack.emulator().telegram().botSendsInvoice(user.id(), new EmulatedTelegram.Invoice(
                "20 credits", "20 credits for AI videos", "stars:20:90:" + user.id(), "XTR", 90));

        user.pays(old);

        ChatMessage declined = user.awaitsTelegramNotice(m -> m.text().startsWith("❌"));
        assertThat(declined.text()).contains("no longer available");
        assertThat(stack.emulator().telegram().charges(user.id())).isEmpty();
        assertThat(databases.availableCredits(user.id())).isEqualTo(10);
    }
}
