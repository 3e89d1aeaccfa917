package io.ugcbot.video.fal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The fal request of each generation. Written outside any transaction, so it is committed the moment fal has
 * accepted the request: a crash after that resumes waiting on it and never submits twice.
 */
class FalRequests {

    record Saved(UUID generationId, String requestId, String statusUrl, String responseUrl, Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    FalRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Saved> find(UUID generationId) {
        return jdbc.sql("""
                        select generation_id, request_id, status_url, response_url, submitted_at
                        from fal_request where generation_id = :id""")
                .param("id", generationId)
                .query((rs, row) -> new Saved(rs.getObject("generation_id", UUID.class), rs.getString("request_id"),
                        rs.getString("status_url"), rs.getString("response_url"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .optional();
    }

    void save(Saved saved) {
        jdbc.sql("""
                        insert into fal_request (generation_id, request_id, status_url, response_url, submitted_at)
                        values (:id, :request, :status, :response, :at)""")
                .param("id", saved.generationId()).param("request", saved.requestId())
                .param("status", saved.statusUrl()).param("response", saved.responseUrl())
                .param("at", Timestamp.from(saved.submittedAt()))
                .update();
    }

    void completed(UUID generationId, Instant at) {
        jdbc.sql("update fal_request set completed_at = :at where generation_id = :id")
                .param("at", Timestamp.from(at)).param("id", generationId).update();
    }

    /** The generation a fal request belongs to (webhooks name only the request). */
    Optional<UUID> generationOf(String requestId) {
        return jdbc.sql("select generation_id from fal_request where request_id = :request")
                .param("request", requestId).query(UUID.class).optional();
    }
}
