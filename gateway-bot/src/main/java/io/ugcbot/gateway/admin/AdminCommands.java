package io.ugcbot.gateway.admin;

import io.ugcbot.events.Ids;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admins' commands in the chat, answered from the gateway's read models; a top-up goes to the ledger as
 * {@code GrantCredits} with the admin's id, and the user is told by the ledger's CreditsGranted like any grant. For
 * anyone not in {@code ADMIN_IDS} these commands do not exist.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AdminCommands implements CommandHandler {

    private static final int MAX_GRANT = 100_000;

    private final JdbcClient jdbc;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;

    AdminCommands(JdbcClient jdbc, OutboxWriter outbox, Outgoing outgoing, Texts texts) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    /** Read at start-up, outside any transaction. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<String> commands() {
        return List.of("/admin", "/stats", "/userinfo", "/addcredits", "/addtokens", "/reply");
    }

    /** For anyone not in {@code ADMIN_IDS} these commands do not exist: they get the answer any unknown command gets. */
    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        long adminId = chat.userId();
        String text = (command + " " + argument).strip();
        String[] words = text.split("\\s+", 4);
        switch (command) {
            case "/admin" -> reply(adminId, texts.get(adminId, "admin.help"));
            case "/stats" -> stats(adminId);
            case "/userinfo" -> userInfo(adminId, words);
            case "/addcredits", "/addtokens" -> addCredits(adminId, words);
            case "/reply" -> replyToUser(adminId, text.split("\\s+", 3));
            default -> throw new IllegalArgumentException(command);
        }
    }

    private void stats(long adminId) {
        reply(adminId, statsText(adminId));
    }

    /** The figures of {@code /stats}, in the admin's language. */
    String statsText(long adminId) {
        Map<String, Object> users = jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where registered_at > now() - interval '1 day') as today
                        from bot_user""").query().singleRow();
        Map<String, Object> videos = jdbc.sql("""
                        select count(*) filter (where status = 'READY') as ready,
                               count(*) filter (where status = 'FAILED') as failed,
                               count(*) filter (where status in ('REQUESTED', 'RESERVED')) as running,
                               count(*) filter (where status = 'READY' and updated_at > now() - interval '1 day')
                                   as ready_today
                        from generation""").query().singleRow();
        return texts.get(adminId, "admin.stats", users.get("total"), users.get("today"),
                videos.get("ready"), videos.get("ready_today"), videos.get("running"), videos.get("failed"));
    }

    private void userInfo(long adminId, String[] words) {
        Optional<Long> userId = number(words, 1);
        if (userId.isEmpty()) {
            reply(adminId, texts.get(adminId, "admin.usage.userinfo"));
            return;
        }
        Optional<Map<String, Object>> user = jdbc.sql("""
                        select u.user_id, coalesce(u.username, '-') as username, coalesce(u.first_name, '-') as name,
                               u.language, u.balance, u.registered_at,
                               (select count(*) from generation g where g.user_id = u.user_id and g.status = 'READY')
                                   as videos
                        from bot_user u where u.user_id = :id""").param("id", userId.get()).query().listOfRows()
                .stream().findFirst();
        if (user.isEmpty()) {
            reply(adminId, texts.get(adminId, "admin.no.user", String.valueOf(userId.get())));
            return;
        }
        Map<String, Object> row = user.get();
        // ids as text: a number argument would be printed with digit grouping ("88,654,401")
        reply(adminId, texts.get(adminId, "admin.userinfo", String.valueOf(row.get("user_id")), row.get("username"),
                row.get("name"),
                row.get("language"), row.get("balance"), row.get("videos"), row.get("registered_at")));
    }

    private void addCredits(long adminId, String[] words) {
        Optional<Long> userId = number(words, 1);
        Optional<Long> amount = number(words, 2);
        if (userId.isEmpty() || amount.isEmpty() || amount.get() < 1 || amount.get() > MAX_GRANT) {
            reply(adminId, texts.get(adminId, "admin.usage.addcredits", MAX_GRANT));
            return;
        }
        if (!known(userId.get())) {
            reply(adminId, texts.get(adminId, "admin.no.user", String.valueOf(userId.get())));
            return;
        }
        String reason = words.length > 3 ? words[3] : "top-up by an admin";
        outbox.append(new GrantCredits(Ids.next(), userId.get(), amount.get().intValue(), adminId, reason));
        reply(adminId, texts.get(adminId, "admin.granted", amount.get(), String.valueOf(userId.get())));
    }

    /** An answer to a user's feedback, sent as from the team. */
    private void replyToUser(long adminId, String[] words) {
        Optional<Long> userId = number(words, 1);
        if (userId.isEmpty() || words.length < 3 || words[2].isBlank()) {
            reply(adminId, texts.get(adminId, "admin.usage.reply"));
            return;
        }
        if (!known(userId.get())) {
            reply(adminId, texts.get(adminId, "admin.no.user", String.valueOf(userId.get())));
            return;
        }
        outgoing.text(userId.get(), null, texts.get(userId.get(), "feedback.reply", words[2]), List.of());
        reply(adminId, texts.get(adminId, "admin.replied", String.valueOf(userId.get())));
    }

    private boolean known(long userId) {
        return jdbc.sql("select count(*) from bot_user where user_id = :id").param("id", userId)
                .query(Long.class).single() > 0;
    }

    private void reply(long adminId, String text) {
        outgoing.text(adminId, null, text, List.of());
    }

    private static Optional<Long> number(String[] words, int index) {
        try {
            return words.length > index ? Optional.of(Long.parseLong(words[index])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
