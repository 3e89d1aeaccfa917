package io.ugcbot.gateway.limits;

import io.ugcbot.gateway.GatewayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code maxPaidCallsPerHour} paid provider calls per user in any sliding hour (the seed's
 * MAX_TASKS_PER_USER_PER_HOUR, 20). A call is counted in the transaction that emits its command, so a refused call
 * emits nothing; the caller holds the user's chat session lock, so one user's checks never race.
 */
@Component
public class PaidCallLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerHour;

    PaidCallLimit(JdbcClient jdbc, Clock clock, GatewayProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerHour = properties.maxPaidCallsPerHour();
    }

    /**
     * Counts the call and returns empty when the user is within the limit; otherwise counts nothing and returns how
     * long until the oldest call of the hour leaves the window.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Duration> tryCount(long userId, PaidCall call) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        long used = jdbc.sql("select count(*) from paid_call where user_id = :user and requested_at > :since")
                .param("user", userId).param("since", Timestamp.from(windowStart)).query(Long.class).single();
        if (used >= maxPerHour) {
            Instant oldest = jdbc.sql("""
                            select requested_at from paid_call where user_id = :user and requested_at > :since
                            order by requested_at limit 1 offset :skip""")
                    .param("user", userId).param("since", Timestamp.from(windowStart))
                    .param("skip", used - maxPerHour)
                    .query(Timestamp.class).single().toInstant();
            Duration wait = Duration.between(windowStart, oldest);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
        jdbc.sql("insert into paid_call (user_id, kind, requested_at) values (:user, :kind, :now)")
                .param("user", userId).param("kind", call.name()).param("now", Timestamp.from(now)).update();
        return Optional.empty();
    }
}
