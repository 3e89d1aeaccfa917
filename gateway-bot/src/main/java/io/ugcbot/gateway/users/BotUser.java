package io.ugcbot.gateway.users;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A Telegram user, with the balance as the ledger last reported it (a read model, never the source of truth). */
@Entity
@Table(name = "bot_user")
public class BotUser {

    @Id
    private long userId;
    private String username;
    private String firstName;
    private String language;
    private long balance;
    private Instant registeredAt;

    protected BotUser() {
    }

    BotUser(long userId, String username, String firstName, String language, Instant registeredAt) {
        this.userId = userId;
        this.username = username;
        this.firstName = firstName;
        this.language = language;
        this.registeredAt = registeredAt;
    }

    public long userId() {
        return userId;
    }

    public String language() {
        return language;
    }

    public long balance() {
        return balance;
    }

    void balance(long balance) {
        this.balance = balance;
    }

    void language(String language) {
        this.language = language;
    }
}
