package io.ugcbot.gateway.payments;

import io.ugcbot.events.gateway.StarsPaymentReceived;
import io.ugcbot.events.gateway.StarsPaymentRefunded;
import io.ugcbot.gateway.admin.TeamChat;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.gateway.telegram.BotApiException;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.telegram.telegrambots.meta.api.objects.payments.SuccessfulPayment;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Stars payments as Telegram reported them, one row per {@code telegram_payment_charge_id}: a payment reported again
 * (a redelivered update, a second {@code successful_payment}) finds its row and grants nothing more. The ledger hears
 * of each payment and refund through the outbox, keyed by an id derived from the charge id, so it too applies each
 * once.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class StarPayments {

    private static final Logger log = LoggerFactory.getLogger(StarPayments.class);

    /** How an admin's refund went. */
    public enum Refund { REFUNDED, UNKNOWN, ALREADY_REFUNDED, REFUSED_BY_TELEGRAM }

    private record Payment(UUID paymentId, long userId, int stars, boolean refunded) {
    }

    private final JdbcClient jdbc;
    private final OutboxWriter outbox;
    private final BotApi bot;
    private final TeamChat team;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    StarPayments(JdbcClient jdbc, OutboxWriter outbox, BotApi bot, TeamChat team, Outgoing outgoing, Texts texts,
                 Menus menus, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.bot = bot;
        this.team = team;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    /**
     * Telegram has taken the Stars: the credits of the package the invoice named go to the ledger, whatever the
     * packages are now. A payload this build cannot read (it never sends one) is kept for the team, not lost.
     */
    public void received(long userId, String name, SuccessfulPayment payment) {
        String chargeId = payment.getTelegramPaymentChargeId();
        Optional<StarsPayload> payload = StarsPayload.decode(payment.getInvoicePayload())
                .filter(p -> p.userId() == userId && p.pack().stars() == payment.getTotalAmount());
        UUID paymentId = UUID.nameUUIDFromBytes(("stars:" + chargeId).getBytes(StandardCharsets.UTF_8));
        int credits = payload.map(p -> p.pack().credits()).orElse(0);
        int inserted = jdbc.sql("""
                        insert into star_payment (charge_id, payment_id, user_id, payload, credits, stars, paid_at)
                        values (:charge, :payment, :user, :payload, :credits, :stars, :now)
                        on conflict (charge_id) do nothing""")
                .param("charge", chargeId).param("payment", paymentId).param("user", userId)
                .param("payload", payment.getInvoicePayload()).param("credits", credits)
                .param("stars", payment.getTotalAmount()).param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            log.info("Stars payment {} of user {} was reported again; granted once already", chargeId, userId);
            return;
        }
        if (payload.isEmpty()) {
            log.error("Stars payment {} of user {} has a payload this build cannot read: {}", chargeId, userId,
                    payment.getInvoicePayload());
            team.tell("stars:" + chargeId, "stars.team.unreadable", who(name), String.valueOf(userId),
                    payment.getTotalAmount(), chargeId);
            outgoing.text(userId, null, texts.get(userId, "stars.payment.unreadable"), menus.main(userId));
            return;
        }
        outbox.append(new StarsPaymentReceived(paymentId, userId, payload.get().pack().id(), credits,
                payment.getTotalAmount(), chargeId));
        team.tell("stars:" + chargeId, "stars.team.paid", who(name), String.valueOf(userId), credits,
                payment.getTotalAmount(), chargeId);
    }

    /**
     * Gives the Stars back through Telegram, then tells the ledger, which takes back what is left of the purchase. A
     * charge Telegram says is refunded already (this refund's transaction did not commit last time) is recorded now.
     */
    public Refund refund(long adminId, String chargeId) {
        Optional<Payment> found = jdbc.sql("""
                        select payment_id, user_id, stars, refunded_at is not null as refunded from star_payment
                        where charge_id = :charge for update""")
                .param("charge", chargeId)
                .query((rs, row) -> new Payment(rs.getObject("payment_id", UUID.class), rs.getLong("user_id"),
                        rs.getInt("stars"), rs.getBoolean("refunded")))
                .optional();
        if (found.isEmpty()) {
            return Refund.UNKNOWN;
        }
        Payment payment = found.get();
        if (payment.refunded()) {
            return Refund.ALREADY_REFUNDED;
        }
        try {
            bot.refundStarPayment(payment.userId(), chargeId);
        } catch (BotApiException e) {
            if (!e.getMessage().contains("CHARGE_ALREADY_REFUNDED")) {
                log.warn("Telegram refused to refund {}: {}", chargeId, e.getMessage());
                return Refund.REFUSED_BY_TELEGRAM;
            }
        }
        jdbc.sql("update star_payment set refunded_at = :now, refunded_by = :admin where charge_id = :charge")
                .param("now", Timestamp.from(clock.instant())).param("admin", adminId).param("charge", chargeId)
                .update();
        outbox.append(new StarsPaymentRefunded(payment.paymentId(), payment.userId(), chargeId, adminId));
        return Refund.REFUNDED;
    }

    /** Rebuilding the gateway's tables from its own events: the payment as it was granted. */
    public void restore(StarsPaymentReceived event, Instant at) {
        jdbc.sql("""
                        insert into star_payment (charge_id, payment_id, user_id, payload, credits, stars, paid_at)
                        values (:charge, :payment, :user, null, :credits, :stars, :at)
                        on conflict (charge_id) do nothing""")
                .param("charge", event.chargeId()).param("payment", event.paymentId()).param("user", event.userId())
                .param("credits", event.credits()).param("stars", event.stars()).param("at", Timestamp.from(at))
                .update();
    }

    public void restore(StarsPaymentRefunded event, Instant at) {
        jdbc.sql("""
                        update star_payment set refunded_at = :at, refunded_by = :admin
                        where charge_id = :charge and refunded_at is null""")
                .param("at", Timestamp.from(at)).param("admin", event.adminId()).param("charge", event.chargeId())
                .update();
    }

    private static String who(String name) {
        return name == null ? "-" : name;
    }
}
