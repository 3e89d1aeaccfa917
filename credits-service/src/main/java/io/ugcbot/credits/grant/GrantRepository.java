package io.ugcbot.credits.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface GrantRepository extends JpaRepository<Grant, UUID> {
}
