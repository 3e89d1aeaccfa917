package io.ugcbot.gateway.users;

import org.springframework.data.jpa.repository.JpaRepository;

interface BotUserRepository extends JpaRepository<BotUser, Long> {
}
