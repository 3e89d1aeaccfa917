package io.ugcbot.kit.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * Claims many ids in one statement (for batch consumers) and returns those seen for the first time. Ids are claimed
     * in sorted order, so two consumers claiming overlapping batches cannot deadlock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> claimAll(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        String ids = eventIds.stream().distinct().sorted().map(UUID::toString)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return new HashSet<>(jdbc.sql("""
                        insert into processed_message (consumer, event_id, processed_at)
                        select :consumer, id, now() from unnest(cast(:ids as uuid[])) as id
                        on conflict do nothing returning event_id""")
                .param("consumer", consumer)
                .param("ids", ids)
                .query(UUID.class).list());
    }
}
