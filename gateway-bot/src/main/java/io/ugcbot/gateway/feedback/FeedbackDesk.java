package io.ugcbot.gateway.feedback;

import io.ugcbot.events.Ids;
import io.ugcbot.gateway.admin.TeamChat;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Write to us": the user's next message goes to the team (the feedback chat, or every admin) with the user's id, and an
 * admin answers with {@code /reply <id> <text>}. Asking does not touch the video being made: the request is kept apart
 * from the chat session, so a user in the middle of a video can write and then carry on.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class FeedbackDesk {

    /** A request older than this has been forgotten by the user; their next text is not feedback any more. */
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** Room for the header in Telegram's 4,096 characters; the whole text stays in the table. */
    private static final int FORWARDED_CHARACTERS = 3_500;

    private final JdbcClient jdbc;
    private final TeamChat team;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    FeedbackDesk(JdbcClient jdbc, TeamChat team, Outgoing outgoing, Texts texts, Menus menus, Clock clock) {
        this.jdbc = jdbc;
        this.team = team;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    public void ask(long userId) {
        jdbc.sql("""
                        insert into feedback_request (user_id, requested_at) values (:user, :now)
                        on conflict (user_id) do update set requested_at = excluded.requested_at""")
                .param("user", userId).param("now", Timestamp.from(clock.instant())).update();
        outgoing.text(userId, null, texts.get(userId, "feedback.prompt"), List.of());
    }

    /** True when the text was feedback (the user had asked to write to us): kept, forwarded, thanked for. */
    public boolean onText(long userId, String name, String text) {
        Instant now = clock.instant();
        int asked = jdbc.sql("delete from feedback_request where user_id = :user and requested_at > :since")
                .param("user", userId).param("since", Timestamp.from(now.minus(PATIENCE))).update();
        if (asked == 0) {
            return false;
        }
        UUID id = Ids.next();
        jdbc.sql("insert into feedback (id, user_id, text, created_at) values (:id, :user, :text, :now)")
                .param("id", id).param("user", userId).param("text", text).param("now", Timestamp.from(now))
                .update();
        // the id as text: a number argument would be printed with digit grouping
        team.tell("feedback:" + id, "feedback.forwarded", name == null ? "-" : name, String.valueOf(userId),
                excerpt(text));
        outgoing.text(userId, "feedback:" + id, texts.get(userId, "feedback.thanks"), menus.main(userId));
        return true;
    }

    private static String excerpt(String text) {
        return text.length() <= FORWARDED_CHARACTERS ? text : text.substring(0, FORWARDED_CHARACTERS) + "…";
    }
}
