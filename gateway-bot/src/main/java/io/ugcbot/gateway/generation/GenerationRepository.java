package io.ugcbot.gateway.generation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface GenerationRepository extends JpaRepository<Generation, UUID> {
}
