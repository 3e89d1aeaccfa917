package io.ugcbot.gateway.chat;

/**
 * Who wrote or tapped: the user's id (also their private chat's id), first name for greetings, and for a tap the id of
 * the message whose button it was (a gallery turns that message's page in place), else null.
 */
public record Chat(long userId, String firstName, Integer messageId) {

    public Chat(long userId, String firstName) {
        this(userId, firstName, null);
    }
}
