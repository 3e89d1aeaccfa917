package io.ugcbot.gateway.chat;

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

    /**
     * The edits an editor applied, in the user's language: the offline editor names its edits with fixed words
     * ({@code edit.name.<words with dashes>}); a provider's own description has no entry and is shown as it came.
     */
    public String editNames(long userId, java.util.List<String> applied) {
        Locale locale = Locale.forLanguageTag(users.languageOf(userId));
        return String.join(", ", applied.stream().map(name -> editName(name.strip(), locale)).toList());
    }

    private static final java.util.regex.Pattern GRADIENT_OF_TWO =
            java.util.regex.Pattern.compile("(\\w+) to (\\w+) gradient background");
    private static final java.util.regex.Pattern GRADIENT = java.util.regex.Pattern.compile("(\\w+) gradient background");
    private static final java.util.regex.Pattern BACKGROUND = java.util.regex.Pattern.compile("(\\w+) background");

    private String editName(String name, Locale locale) {
        java.util.regex.Matcher match;
        if ((match = GRADIENT_OF_TWO.matcher(name)).matches()) {
            return messages.getMessage("edit.name.gradient.two", new Object[] {colour(match.group(1), locale),
                    colour(match.group(2), locale)}, name, locale);
        }
        if ((match = GRADIENT.matcher(name)).matches()) {
            return messages.getMessage("edit.name.gradient", new Object[] {colour(match.group(1), locale)}, name,
                    locale);
        }
        if ((match = BACKGROUND.matcher(name)).matches()) {
            return messages.getMessage("edit.name.background", new Object[] {colour(match.group(1), locale)}, name,
                    locale);
        }
        return messages.getMessage("edit.name." + name.replace(' ', '-'), null, name, locale);
    }

    private String colour(String colour, Locale locale) {
        return messages.getMessage("colour." + colour, null, colour, locale);
    }

    public String failureIn(String language, Failure failure) {
        return in(language, "failure." + failure.code().name(), failure.figures().toArray());
    }

    public String in(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }
}
