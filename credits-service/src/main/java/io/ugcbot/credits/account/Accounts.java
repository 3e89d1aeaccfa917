package io.ugcbot.credits.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Locks accounts (creating them on first use) and writes history rows; features call it inside their transaction. */
@Component
public class Accounts {

    private final AccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final Clock clock;

    Accounts(AccountRepository accounts, LedgerEntryRepository entries, Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Account lock(long userId) {
        return accounts.lockById(userId).orElseGet(() -> {
            accounts.saveAndFlush(new Account(userId));
            return accounts.lockById(userId).orElseThrow();
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long userId, int delta, LedgerEntry.Kind kind, UUID referenceId, String actor) {
        entries.save(new LedgerEntry(userId, delta, kind, referenceId, actor, clock.instant()));
    }
}
