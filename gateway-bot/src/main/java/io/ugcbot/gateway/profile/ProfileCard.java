package io.ugcbot.gateway.profile;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Tap;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /profile: the user's own figures from the gateway's read models (balance, videos made, credits spent, member since,
 * language), so it answers even while credits-service is away.
 */
@Component
class ProfileCard implements ButtonHandler, CommandHandler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;

    ProfileCard(JdbcClient jdbc, Outgoing outgoing, Texts texts, Menus menus) {
        this.jdbc = jdbc;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.PROFILE);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        show(chat.userId());
    }

    @Override
    public List<String> commands() {
        return List.of("/profile");
    }

    @Override
    public List<String> listed() {
        return commands();
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        show(chat.userId());
    }

    private void show(long userId) {
        Map<String, Object> row = jdbc.sql("""
                        select u.balance, u.registered_at, u.language,
                               (select count(*) from generation g where g.user_id = u.user_id and g.status = 'READY')
                                   as videos,
                               (select coalesce(-sum(m.delta), 0) from credit_movement m
                                where m.user_id = u.user_id and m.kind = 'VIDEO') as spent
                        from bot_user u where u.user_id = :user""")
                .param("user", userId).query().singleRow();
        String language = (String) row.get("language");
        outgoing.text(userId, null, texts.get(userId, "profile", row.get("balance").toString(),
                row.get("videos").toString(), row.get("spent").toString(),
                DAY.format(((Timestamp) row.get("registered_at")).toInstant()),
                texts.get(userId, "language." + ("ru".equals(language) ? "ru" : "en"))), menus.main(userId));
    }
}
