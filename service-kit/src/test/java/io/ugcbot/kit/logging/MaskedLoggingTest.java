package io.ugcbot.kit.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedLoggingTest {

    private static final String TOKEN = "987654:AAE-secret-part";

    @Test
    void shouldMaskTheTokenInLogMessagesAndStackTraces() {
        new SecretMasker(TOKEN);
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("okhttp"), Level.WARN,
                "POST https://api.telegram.org/bot{}/sendMessage failed",
                new IllegalStateException("https://api.telegram.org/bot" + TOKEN + "/getUpdates: 502"),
                new Object[] {TOKEN});

        String message = new MaskedMessageConverter().convert(event);
        MaskedThrowableConverter throwables = new MaskedThrowableConverter();
        throwables.setContext(context);
        throwables.start();
        String trace = throwables.convert(event);

        assertThat(message).doesNotContain(TOKEN).contains("/bot<bot-token>/sendMessage");
        assertThat(trace).doesNotContain(TOKEN).contains("/bot<bot-token>/getUpdates");
    }

    @Test
    void shouldMaskTheConfiguredSecretsOfWhicheverServiceHoldsThem() {
        var environment = new org.springframework.mock.env.MockEnvironment()
                .withProperty("storage.telegram.token", "111222:storage-service-token")
                .withProperty("video.fal.key", "fal-key-abcdef123456")
                .withProperty("spring.datasource.password", "ugc");
        ConfiguredSecrets.registerAll(environment);

        String line = SecretMasker.maskAll("GET https://api.telegram.org/file/bot111222:storage-service-token/x.mp4 "
                + "Authorization: Key fal-key-abcdef123456, user ugc");

        assertThat(line).isEqualTo("GET https://api.telegram.org/file/bot<bot-token>/x.mp4 "
                + "Authorization: Key <secret>, user ugc");
    }
}
