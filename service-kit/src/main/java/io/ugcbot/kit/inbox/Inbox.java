package io.ugcbot.kit.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Remembers which events each consumer has applied. Claiming an id inside the handler's transaction makes the effect and
 * the memory of it commit together, so a redelivery, a rebalance or a deliberate replay changes nothing twice.
 */
public class Inbox {

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time; false when this consumer has already applied the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String consumer, UUID eventId) {
        return jdbc.sql("""
                        insert into processed_message (consumer, event_id, processed_at) values (:consumer, :id, now())
                        on conflict do nothing""")
                .param("consumer", consumer)
                .param("id", eventId)
                .update() == 1;
    }
}
