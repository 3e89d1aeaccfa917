package io.ugcbot.gateway.conversation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ChatSessionRepository extends JpaRepository<ChatSession, Long> {

    /** Updates and events of one user may be handled by different threads; the row lock keeps them in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ChatSession s where s.userId = :userId")
    Optional<ChatSession> lockById(long userId);
}
