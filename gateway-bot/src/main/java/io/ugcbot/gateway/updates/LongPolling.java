package io.ugcbot.gateway.updates;

import io.ugcbot.kit.logging.SecretMasker;
import io.ugcbot.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Chooses how updates arrive: with a webhook URL configured, registers the webhook (with its secret token); otherwise
 * removes any webhook and polls. Starts last, once everything that handles updates is ready.
 */
@Component
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    private final GatewayProperties.Telegram settings;
    private final TelegramClient client;
    private final TelegramUrl url;
    private final UpdateIntake intake;
    private final SecretMasker masker;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;

    LongPolling(GatewayProperties properties, TelegramClient client, TelegramUrl url, UpdateIntake intake,
                SecretMasker masker) {
        this.settings = properties.telegram();
        this.client = client;
        this.url = url;
        this.intake = intake;
        this.masker = masker;
    }

    @Override
    public void start() {
        try {
            if (settings.usesWebhook()) {
                client.execute(SetWebhook.builder().url(settings.webhookUrl())
                        .secretToken(settings.webhookSecret()).build());
                log.info("Receiving updates by webhook at {}", settings.webhookUrl());
            } else {
                client.execute(DeleteWebhook.builder().build());
                polling = new TelegramBotsLongPollingApplication();
                polling.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(),
                        updates -> updates.forEach(intake::accept));
                log.info("Receiving updates by long polling from {}://{}:{}", url.getSchema(), url.getHost(),
                        url.getPort());
            }
            running = true;
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram did not accept the bot: " + masker.mask(e.getMessage()), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("Long polling did not stop cleanly: {}", masker.mask(e.toString()));
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
