package io.ugcbot.credits.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One user's credits. Available = granted − captured − pending, and it never goes negative: a reservation that would
 * take it below zero is rejected.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private long userId;
    private long granted;
    private long pending;
    private long captured;

    protected Account() {
    }

    public Account(long userId) {
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    public long available() {
        return granted - captured - pending;
    }

    public void grant(int amount) {
        granted += amount;
    }

    public boolean canReserve(int amount) {
        return available() >= amount;
    }

    public void reserve(int amount) {
        if (!canReserve(amount)) {
            throw new IllegalStateException("reservation of " + amount + " exceeds available " + available());
        }
        pending += amount;
    }

    public void capture(int amount) {
        pending -= amount;
        captured += amount;
    }

    public void release(int amount) {
        pending -= amount;
    }
}
