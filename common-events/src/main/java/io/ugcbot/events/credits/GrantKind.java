package io.ugcbot.events.credits;

/** Why credits were added. */
public enum GrantKind {
    WELCOME_BONUS,
    ADMIN_TOP_UP,
    PURCHASE
}
