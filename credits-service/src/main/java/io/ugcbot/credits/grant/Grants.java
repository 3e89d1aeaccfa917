package io.ugcbot.credits.grant;

import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.account.Account;
import io.ugcbot.credits.account.Accounts;
import io.ugcbot.credits.account.LedgerEntry;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

@Service
public class Grants {

    private final GrantRepository grants;
    private final Accounts accounts;
    private final OutboxWriter outbox;
    private final CreditsProperties properties;
    private final Clock clock;

    Grants(GrantRepository grants, Accounts accounts, OutboxWriter outbox, CreditsProperties properties, Clock clock) {
        this.grants = grants;
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** The welcome bonus's id is derived from the user, so even a second UserRegistered event grants nothing. */
    @Transactional
    public void welcome(UserRegistered event) {
        UUID grantId = UUID.nameUUIDFromBytes(("welcome:" + event.userId()).getBytes(StandardCharsets.UTF_8));
        apply(grantId, event.userId(), properties.welcomeBonus(), GrantKind.WELCOME_BONUS, null, "system");
    }

    @Transactional
    public void topUp(GrantCredits command) {
        apply(command.grantId(), command.userId(), command.amount(), GrantKind.ADMIN_TOP_UP, command.adminId(),
                "admin:" + command.adminId());
    }

    private void apply(UUID grantId, long userId, int amount, GrantKind kind, Long adminId, String actor) {
        if (amount <= 0 || grants.existsById(grantId)) {
            return;
        }
        Account account = accounts.lock(userId);
        grants.save(new Grant(grantId, userId, amount, kind, adminId, clock.instant()));
        account.grant(amount);
        accounts.record(userId, amount, LedgerEntry.Kind.GRANT, grantId, actor);
        outbox.append(new CreditsGranted(grantId, userId, amount, kind, account.available()));
    }
}
