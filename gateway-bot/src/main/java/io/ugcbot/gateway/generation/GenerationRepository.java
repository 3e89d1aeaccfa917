package io.ugcbot.gateway.generation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface GenerationRepository extends JpaRepository<Generation, UUID> {

    List<Generation> findByUserId(long userId, Pageable page);

    long countByUserId(long userId);

    Optional<Generation> findFirstByUserIdAndStatusAndRequestIsNotNullOrderByCreatedAtDesc(long userId,
                                                                                         GenerationStatus status);
}
