package io.ugcbot.credits.application;

import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.events.Message;
import io.ugcbot.events.credits.CaptureCredits;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.StarsPaymentReceived;
import io.ugcbot.events.gateway.StarsPaymentRefunded;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoReady;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** Which ledger operation each message means; messages that are not the ledger's business mean none. */
@Component
class Operations {

    private final CreditsProperties properties;

    Operations(CreditsProperties properties) {
        this.properties = properties;
    }

    Optional<Operation> of(Message message) {
        return Optional.ofNullable(switch (message) {
            case UserRegistered event -> properties.welcomeBonus() <= 0 ? null : new Operation.Grant(
                    welcomeGrantId(event.userId()), event.userId(), properties.welcomeBonus(), GrantKind.WELCOME_BONUS,
                    "system");
            case GrantCredits command -> new Operation.Grant(command.grantId(), command.userId(), command.amount(),
                    GrantKind.ADMIN_TOP_UP, "admin:" + command.adminId());
            case StarsPaymentReceived event -> new Operation.Grant(event.paymentId(), event.userId(), event.credits(),
                    GrantKind.PURCHASE, "telegram-stars:" + event.chargeId());
            case StarsPaymentRefunded event -> new Operation.Revoke(event.paymentId(), event.userId(),
                    "admin:" + event.adminId());
            case GenerationRequested event -> new Operation.Reserve(event.generationId(), event.userId(), event.cost());
            case CaptureCredits command -> new Operation.Capture(command.generationId(), command.userId(),
                    command.amount());
            case VideoReady event -> new Operation.Capture(event.generationId(), event.userId(), null);
            case VideoFailed event -> new Operation.Release(event.generationId(), event.userId(), ReleaseReason.FAILED);
            default -> null;
        });
    }

    /** Derived from the user, so no second UserRegistered, however produced, grants the bonus again. */
    static UUID welcomeGrantId(long userId) {
        return UUID.nameUUIDFromBytes(("welcome:" + userId).getBytes(StandardCharsets.UTF_8));
    }
}
