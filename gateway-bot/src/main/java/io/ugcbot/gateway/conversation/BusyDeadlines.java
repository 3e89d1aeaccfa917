package io.ugcbot.gateway.conversation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Moves on the chats whose busy deadline has passed without an answer, so no chat waits forever for speech, an edit,
 * a clip or a video whose answer was lost. Each instance takes the overdue sessions nobody else holds
 * ({@code SKIP LOCKED}), so running several gateways is safe.
 */
@Component
class BusyDeadlines {

    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ChatSessions sessions;
    private final CreationSteps steps;
    private final Clock clock;

    BusyDeadlines(JdbcClient jdbc, TransactionTemplate transactions, ChatSessions sessions, CreationSteps steps,
                  Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sessions = sessions;
        this.steps = steps;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gateway.busy-sweep-interval}")
    void moveOnOverdueChats() {
        transactions.executeWithoutResult(status -> {
            List<Long> overdue = jdbc.sql("""
                            select user_id from chat_session where busy_until < :now
                            order by busy_until limit :limit for update skip locked""")
                    .param("now", Timestamp.from(clock.instant())).param("limit", BATCH)
                    .query(Long.class).list();
            overdue.forEach(userId -> steps.overdue(sessions.lock(userId)));
        });
    }
}
