package io.ugcbot.credits.reservation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ReservationRepository extends JpaRepository<Reservation, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reservation r where r.generationId = :generationId")
    Optional<Reservation> lockById(UUID generationId);

    @Query("select r.generationId from Reservation r where r.status = 'PENDING' and r.expiresAt <= :now")
    List<UUID> findExpired(Instant now);
}
