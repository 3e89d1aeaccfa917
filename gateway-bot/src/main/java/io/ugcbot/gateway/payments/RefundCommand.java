package io.ugcbot.gateway.payments;

import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code /refund <charge id>}, for admins: the Stars go back to the user and the unspent credits of that purchase
 * leave the balance. Like the other admin commands, it does not exist for anyone else.
 */
@Component
class RefundCommand implements CommandHandler {

    private final StarPayments payments;
    private final Outgoing outgoing;
    private final Texts texts;

    RefundCommand(StarPayments payments, Outgoing outgoing, Texts texts) {
        this.payments = payments;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    @Override
    public List<String> commands() {
        return List.of("/refund");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        long adminId = chat.userId();
        if (argument.isBlank() || argument.contains(" ")) {
            outgoing.text(adminId, null, texts.get(adminId, "stars.refund.usage"), List.of());
            return;
        }
        StarPayments.Refund result = payments.refund(adminId, argument);
        outgoing.text(adminId, null, texts.get(adminId, "stars.refund." + result, argument), List.of());
    }
}
