package io.ugcbot.credits.ledger;

/** One user's credits: available = granted − captured − pending, never negative. */
public final class Account {

    private final long userId;
    private long granted;
    private long pending;
    private long captured;
    private boolean changed;

    public Account(long userId, long granted, long pending, long captured) {
        this.userId = userId;
        this.granted = granted;
        this.pending = pending;
        this.captured = captured;
    }

    public long userId() {
        return userId;
    }

    public long granted() {
        return granted;
    }

    public long pending() {
        return pending;
    }

    public long captured() {
        return captured;
    }

    public long available() {
        return granted - captured - pending;
    }

    public boolean changed() {
        return changed;
    }

    void grant(int amount) {
        granted += amount;
        changed = true;
    }

    /** Takes back granted credits that are still available. */
    void revoke(int amount) {
        if (amount > available()) {
            throw new IllegalStateException("revoking " + amount + " exceeds available " + available());
        }
        granted -= amount;
        changed = true;
    }

    void hold(int amount) {
        if (amount > available()) {
            throw new IllegalStateException("hold of " + amount + " exceeds available " + available());
        }
        pending += amount;
        changed = true;
    }

    /** Settles a hold of {@code held}: {@code spent} of it is captured, the rest becomes available again. */
    void settle(int held, int spent) {
        pending -= held;
        captured += spent;
        changed = true;
    }
}
