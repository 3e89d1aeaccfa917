package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;

import java.util.UUID;

/** What can be done to the ledger; each is idempotent by its reference id. */
public sealed interface Operation {

    long userId();

    UUID referenceId();

    /** Credits in: the welcome bonus, an admin top-up, a purchase. */
    record Grant(UUID grantId, long userId, int amount, GrantKind kind, String actor) implements Operation {
        @Override
        public UUID referenceId() {
            return grantId;
        }
    }

    /** Take back what is left of a grant (a refunded purchase): at most the grant, at most what is available. */
    record Revoke(UUID grantId, long userId, String actor) implements Operation {
        @Override
        public UUID referenceId() {
            return grantId;
        }
    }

    /** Hold credits for a generation until it is captured, released or expires. */
    record Reserve(UUID generationId, long userId, int amount) implements Operation {
        @Override
        public UUID referenceId() {
            return generationId;
        }
    }

    /** Spend a reservation; {@code amount} null means all of it, less returns the rest. */
    record Capture(UUID generationId, long userId, Integer amount) implements Operation {
        @Override
        public UUID referenceId() {
            return generationId;
        }
    }

    /** Give a reservation back. */
    record Release(UUID generationId, long userId, ReleaseReason reason) implements Operation {
        @Override
        public UUID referenceId() {
            return generationId;
        }
    }
}
