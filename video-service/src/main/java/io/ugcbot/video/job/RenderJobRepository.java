package io.ugcbot.video.job;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface RenderJobRepository extends JpaRepository<RenderJob, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from RenderJob j where j.generationId = :generationId")
    Optional<RenderJob> lockById(UUID generationId);

    /**
     * The oldest job ready to render, or one whose worker died (its lease ran out), skipping rows another instance is
     * claiming right now.
     */
    @NativeQuery("""
            select generation_id from render_job
            where status = 'QUEUED' or (status = 'RENDERING' and lease_until < :now)
            order by created_at limit 1 for update skip locked""")
    Optional<UUID> findClaimable(Instant now);

    long countByStatus(JobStatus status);
}
