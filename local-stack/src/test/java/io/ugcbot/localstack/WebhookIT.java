package io.ugcbot.localstack;

import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.embedded.FreePorts;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.RawHttp;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.TelegramEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in webhook mode: a second, independent gateway (own schema, consumer group and Telegram) that registers
 * its webhook with a secret token and receives updates only through it.
 */
class WebhookIT extends EndToEndTest {

    private static final String SECRET = "webhook-secret-for-tests";

    private TelegramEmulator telegram;
    private ConfigurableApplicationContext gateway;
    private int port;

    @BeforeEach
    void startWebhookGateway() throws Exception {
        telegram = new TelegramEmulator(LocalStack.EMULATOR_TOKEN, 0);
        port = FreePorts.find();
        List<String> args = new ArrayList<>(stack.serviceArguments());
        args.addAll(List.of("--server.port=" + port,
                "--ugc.schema=gateway_webhook",
                "--spring.flyway.locations=classpath:db/kit,classpath:db/gateway",
                "--spring.kafka.consumer.group-id=gateway-webhook",
                "--gateway.telegram.token=" + LocalStack.EMULATOR_TOKEN,
                "--gateway.telegram.api-url=" + telegram.apiUrl(),
                "--gateway.telegram.webhook-url=http://127.0.0.1:" + port + "/telegram/webhook",
                "--gateway.telegram.webhook-secret=" + SECRET));
        gateway = GatewayApplication.builder().registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        gateway.close();
        telegram.close();
    }

    @Test
    void shouldReceiveUpdatesByWebhookWithTheSecretToken() {
        TelegramUser user = new TelegramUser(telegram.telegram(), newUser().id(), "ru");

        user.says("/start");

        user.awaitsText("Приветственный бонус: +10 кредитов. Баланс: 10.");
        assertThat(telegram.telegram().messages(user.id()).getFirst().text()).isEqualTo("/start");
    }

    @Test
    void shouldRefuseAHugeBodyWithAWrongSecretWithoutReadingIt() throws Exception {
        int status = RawHttp.post(port, "/telegram/webhook", Map.of("X-Telegram-Bot-Api-Secret-Token", "guessed"),
                300L * 1024 * 1024, 1024 * 1024);

        assertThat(status).as("answered while 299 MB of the declared body were never sent").isEqualTo(401);
    }

    @Test
    void shouldRefuseABodyLargerThanAnyUpdateEvenWithTheSecret() throws Exception {
        int declaredTooLarge = RawHttp.post(port, "/telegram/webhook", Map.of("X-Telegram-Bot-Api-Secret-Token",
                SECRET), 300L * 1024 * 1024, 1024 * 1024);
        int chunkedTooLarge = RawHttp.postChunked(port, "/telegram/webhook", Map.of("X-Telegram-Bot-Api-Secret-Token",
                SECRET), "{\"update_id\":1,\"padding\":\"" + "x".repeat(300 * 1024) + "\"}");

        assertThat(declaredTooLarge).isEqualTo(413);
        assertThat(chunkedTooLarge).isEqualTo(413);
    }

    @Test
    void shouldRefuseWebhookCallsWithoutTheSecretToken() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", "guessed")
                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\":1}")).build();

        int status = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isEqualTo(401);
    }
}
