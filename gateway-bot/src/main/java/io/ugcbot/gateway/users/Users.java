package io.ugcbot.gateway.users;

import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

@Service
public class Users {

    private final BotUserRepository users;
    private final OutboxWriter outbox;
    private final Clock clock;

    Users(BotUserRepository users, OutboxWriter outbox, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records the user on their first /start and announces it; later calls only refresh the language. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BotUser register(long userId, String username, String firstName, String languageCode) {
        String language = Languages.of(languageCode);
        return users.findById(userId).map(user -> {
            user.language(language);
            return user;
        }).orElseGet(() -> {
            BotUser user = users.save(new BotUser(userId, username, firstName, language, clock.instant()));
            outbox.append(new UserRegistered(userId, username, firstName, languageCode, clock.instant()));
            return user;
        });
    }

    /** The user's row from their registration, when a replay rebuilds the read models; one that exists is kept. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(UserRegistered registration) {
        if (!users.existsById(registration.userId())) {
            users.save(new BotUser(registration.userId(), registration.username(), registration.firstName(),
                    Languages.of(registration.languageCode()), registration.registeredAt()));
        }
    }

    public String languageOf(long userId) {
        return users.findById(userId).map(BotUser::language).orElse(Languages.DEFAULT);
    }

    public long balanceOf(long userId) {
        return users.findById(userId).map(BotUser::balance).orElse(0L);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void balanceReported(long userId, long balance) {
        users.findById(userId).ifPresent(user -> user.balance(balance));
    }

    /** The bot speaks Russian to Russian-speaking users and English to everyone else. */
    public static final class Languages {

        public static final String DEFAULT = "en";

        private Languages() {
        }

        public static String of(String telegramLanguageCode) {
            return telegramLanguageCode != null
                    && telegramLanguageCode.toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : DEFAULT;
        }
    }
}
