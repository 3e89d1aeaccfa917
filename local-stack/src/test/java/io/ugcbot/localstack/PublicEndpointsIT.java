package io.ugcbot.localstack;

import io.ugcbot.gateway.GatewayApplication;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.RawHttp;
import io.ugcbot.video.VideoApplication;
import io.ugcbot.video.fal.FalWebhookToken;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerNotification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ports users can reach expose: no webhook in long-polling mode, no actuator (health details and metrics are
 * on each service's management port), and the fal webhook refusing calls without its token before reading them.
 */
class PublicEndpointsIT extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldNotMapTheTelegramWebhookWhenPolling() throws Exception {
        int status = RawHttp.post(stack.port(GatewayApplication.NAME), "/telegram/webhook", Map.of(),
                "{\"update_id\":1}");

        assertThat(status).isEqualTo(404);
    }

    @Test
    void shouldKeepHealthDetailsAndMetricsOffThePortsUsersReach() throws Exception {
        for (String service : stack.services().keySet()) {
            int api = stack.port(service);
            int management = stack.managementPort(service);
            assertThat(management).as("%s has a management port of its own", service).isPositive().isNotEqualTo(api);

            assertThat(get(api, "/actuator/health").statusCode()).as("%s health on its API port", service)
                    .isEqualTo(404);
            assertThat(get(api, "/actuator/metrics").statusCode()).as("%s metrics on its API port", service)
                    .isEqualTo(404);
            HttpResponse<String> health = get(management, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).as("%s health details for operators", service).contains("\"kafka\"", "\"db\"");
            assertThat(get(management, "/actuator/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldCheckKafkaHealthWithoutANewAdminClientPerCall() throws Exception {
        List<String> services = new ArrayList<>(stack.services().keySet());
        for (String service : services) {
            get(stack.managementPort(service), "/actuator/health"); // the first check may create the one client
        }
        AtomicInteger adminClientsCreated = new AtomicInteger();
        ObjectName adminClients = new ObjectName("kafka.admin.client:type=app-info,*");
        NotificationListener counter = (notification, handback) -> {
            if (notification instanceof MBeanServerNotification registered
                    && MBeanServerNotification.REGISTRATION_NOTIFICATION.equals(registered.getType())
                    && adminClients.apply(registered.getMBeanName())) {
                adminClientsCreated.incrementAndGet();
            }
        };
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        server.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, counter, null, null);
        try {
            for (int round = 0; round < 3; round++) {
                for (String service : services) {
                    assertThat(get(stack.managementPort(service), "/actuator/health").body()).contains("\"kafka\"");
                }
            }
        } finally {
            server.removeNotificationListener(MBeanServerDelegate.DELEGATE_NAME, counter);
        }

        assertThat(adminClientsCreated).as("admin clients created by 18 health checks").hasValue(0);
    }

    @Test
    void shouldRefuseFalWebhookCallsWithoutTheTokenBeforeReadingThem() throws Exception {
        String falKey = "fal-key-for-tests";
        // this instance only answers webhooks: it must not take the shared stack's generations
        List<String> args = isolatedInstanceArguments("video", "video_webhook",
                "--video.fal.key=" + falKey,
                "--video.fal.queue-url=http://127.0.0.1:9/unused",
                "--video.fal.webhook-base-url=http://127.0.0.1:1");
        try (ConfigurableApplicationContext video = VideoApplication.builder().registerShutdownHook(false)
                .run(args.toArray(String[]::new))) {
            int port = Integer.parseInt(video.getEnvironment().getProperty("local.server.port"));
            String notice = "{\"request_id\":\"unknown\",\"status\":\"OK\"}";

            assertThat(RawHttp.post(port, "/fal/webhook", Map.of(), notice)).isEqualTo(401);
            assertThat(RawHttp.post(port, "/fal/webhook?token=guessed", Map.of(), 300L * 1024 * 1024, 1024 * 1024))
                    .as("answered while 299 MB of the declared body were never sent").isEqualTo(401);
            String token = FalWebhookToken.of(falKey);
            assertThat(RawHttp.post(port, "/fal/webhook?token=" + token, Map.of(), 300L * 1024 * 1024, 1024 * 1024))
                    .isEqualTo(413);
            assertThat(RawHttp.post(port, "/fal/webhook?token=" + token, Map.of(), notice)).isEqualTo(200);
        }
        assertThat(RawHttp.post(stack.port(VideoApplication.NAME), "/fal/webhook", Map.of(), "{}"))
                .as("no webhook without a fal key and a public URL").isEqualTo(404);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
