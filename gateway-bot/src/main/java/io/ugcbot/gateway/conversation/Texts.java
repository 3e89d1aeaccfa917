package io.ugcbot.gateway.conversation;

import io.ugcbot.events.Failure;
import io.ugcbot.gateway.users.Users;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Everything the bot says, in the user's language, from {@code gateway-messages*.properties}. */
@Component
public class Texts {

    private final MessageSource messages;
    private final Users users;

    Texts(MessageSource messages, Users users) {
        this.messages = messages;
        this.users = users;
    }

    public String get(long userId, String key, Object... args) {
        return in(users.languageOf(userId), key, args);
    }

    /**
     * Why something failed, in the user's language: each {@link io.ugcbot.events.FailureCode} has a text with its
     * figures in it; services never send words the user reads.
     */
    public String failure(long userId, Failure failure) {
        return failureIn(users.languageOf(userId), failure);
    }

    String failureIn(String language, Failure failure) {
        return in(language, "failure." + failure.code().name(), failure.figures().toArray());
    }

    public String in(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }
}
