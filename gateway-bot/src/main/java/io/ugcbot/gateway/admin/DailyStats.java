package io.ugcbot.gateway.admin;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every day the admins get the {@code /stats} figures in their chat. The message's dedup key holds the date, so several
 * gateway instances (or a repeated run) send it once a day.
 */
@Component
public class DailyStats {

    private final GatewayProperties properties;
    private final AdminCommands commands;
    private final Outgoing outgoing;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyStats(GatewayProperties properties, AdminCommands commands, Outgoing outgoing,
               TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.commands = commands;
        this.outgoing = outgoing;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${gateway.daily-stats-cron}", zone = "UTC")
    public void send() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        transactions.executeWithoutResult(status -> properties.adminIds().forEach(admin ->
                outgoing.text(admin, "daily-stats:" + today + ":" + admin, commands.statsText(admin), List.of())));
    }
}
