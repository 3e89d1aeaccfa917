package io.ugcbot.gateway.credits;

import io.ugcbot.gateway.admin.TeamChat;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.users.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "💳 Top up": until the bot takes payments, a user who wants credits asks the team, which tops them up with
 * {@code /addcredits}. One request an hour reaches the team; taps in between are answered without bothering it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TopUpRequests {

    private static final Duration QUIET = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TeamChat team;
    private final Users users;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    TopUpRequests(JdbcClient jdbc, TeamChat team, Users users, Outgoing outgoing, Texts texts, Menus menus,
                  Clock clock) {
        this.jdbc = jdbc;
        this.team = team;
        this.users = users;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    public void request(long userId, String name) {
        Instant now = clock.instant();
        // one statement decides: a new request, or one older than the quiet hour, is (re)stamped and goes out
        int sent = jdbc.sql("""
                        insert into topup_request (user_id, requested_at) values (:user, :now)
                        on conflict (user_id) do update set requested_at = excluded.requested_at
                        where topup_request.requested_at <= :quietSince""")
                .param("user", userId).param("now", Timestamp.from(now))
                .param("quietSince", Timestamp.from(now.minus(QUIET))).update();
        if (sent == 0) {
            outgoing.text(userId, null, texts.get(userId, "topup.already"), menus.main(userId));
            return;
        }
        long balance = users.balanceOf(userId);
        // the id as text: a number argument would be printed with digit grouping
        team.tell("topup:" + userId + ":" + now.toEpochMilli(), "topup.forwarded", name == null ? "-" : name,
                String.valueOf(userId), balance);
        outgoing.text(userId, null, texts.get(userId, "topup.sent"), menus.main(userId));
    }
}
