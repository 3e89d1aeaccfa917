package io.ugcbot.localstack;

import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics an operator watches exist on every service's {@code /actuator/prometheus} (the management port) and move
 * when one paid video is made: records handled per type, outbox sends and their delay, job queues, provider calls,
 * render stages, Telegram sends, ledger operations, and the Kafka consumers' lag.
 */
class MetricsIT extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldExposeTheOperatorsMetricsAndMoveThemWhenAVideoIsMade() throws Exception {
        Map<String, Scrape> before = scrapeAll();

        TelegramUser user = newUser();
        makesVideo(user, "Metrics move when work happens.");
        awaitQuiet();
        Map<String, Scrape> after = scrapeAll();

        assertThat(grew(before, after, "gateway-bot", "ugc_records_total",
                "type=\"video.VideoReady.v1\"", "outcome=\"handled\"")).isPositive();
        assertThat(grew(before, after, "gateway-bot", "ugc_telegram_sends_total", "outcome=\"sent\"")).isPositive();
        assertThat(grew(before, after, "gateway-bot", "ugc_outbox_sent_total", "topic=\"gateway.events\""))
                .isPositive();
        assertThat(grew(before, after, "gateway-bot", "ugc_outbox_relay_delay_seconds_count")).isPositive();
        assertThat(grew(before, after, "credits-service", "ugc_ledger_operations_total",
                "operation=\"Reserve\"", "result=\"APPLIED\"")).isPositive();
        assertThat(grew(before, after, "credits-service", "ugc_records_total",
                "type=\"gateway.GenerationRequested.v1\"")).isPositive();
        assertThat(grew(before, after, "tts-service", "ugc_provider_calls_seconds_count", "outcome=\"ok\""))
                .isPositive();
        assertThat(grew(before, after, "video-service", "ugc_provider_calls_seconds_count",
                "provider=\"offline\"", "model=\"talking-head\"", "outcome=\"ok\"")).isPositive();
        assertThat(grew(before, after, "video-service", "ugc_video_stage_seconds_count", "stage=\"RENDERING\""))
                .isPositive();

        assertThat(after.get("video-service").has("ugc_jobs", "table=\"render_job\"", "status=\"QUEUED\"")).isTrue();
        assertThat(after.get("tts-service").has("ugc_jobs", "table=\"speech_job\"")).isTrue();
        assertThat(after.get("edit-service").has("ugc_jobs", "table=\"edit_job\"")).isTrue();
        assertThat(after.get("storage-service").has("ugc_jobs", "table=\"file_import\"")).isTrue();
        for (String service : stack.services().keySet()) {
            Scrape scrape = after.get(service);
            assertThat(scrape.has("ugc_outbox_backlog")).as(service).isTrue();
            assertThat(scrape.has("kafka_consumer_fetch_manager_records_lag_max")).as(service + " consumer lag")
                    .isTrue();
            assertThat(scrape.text()).as(service).contains("service=\"" + service + "\"");
        }
        assertTheDashboardAndAlertsNameOnlyExposedMetrics(after);
    }

    /**
     * The alert rules and the dashboard (ops/) are only as good as the names in them: each must be on some service's
     * scrape. Two exceptions: the dead-letter counter is created with its first dead letter (RecordFailureHandling),
     * which a healthy stack never has; the model gauge exists where a provider model is configured (this stack runs
     * offline engines; ProviderModelAlertsIT reads it).
     */
    private static void assertTheDashboardAndAlertsNameOnlyExposedMetrics(Map<String, Scrape> scrapes)
            throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : List.of(Path.of("../ops/prometheus/alerts.yml"),
                Path.of("../ops/grafana/dashboards/ugc-bot.json"))) {
            Matcher metric = Pattern.compile("\\b((?:ugc|kafka)_[a-z_]+)\\b").matcher(Files.readString(file));
            while (metric.find()) {
                named.add(metric.group(1));
            }
        }
        named.removeAll(Set.of("ugc_kafka_dead_letters_total", "ugc_provider_model_usable"));
        assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(scrapes.values())
                .as("a service exposing %s", name).anyMatch(scrape -> scrape.has(name)));
    }

    private Map<String, Scrape> scrapeAll() throws Exception {
        Map<String, Scrape> scrapes = new HashMap<>();
        for (String service : stack.services().keySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + stack.managementPort(service) + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(service).isEqualTo(200);
            scrapes.put(service, new Scrape(response.body()));
        }
        return scrapes;
    }

    private static double grew(Map<String, Scrape> before, Map<String, Scrape> after, String service, String name,
                               String... labels) {
        return after.get(service).sum(name, labels) - before.get(service).sum(name, labels);
    }

    /** Prometheus' text format: one sample a line, {@code name{labels} value}. */
    private record Scrape(String text) {

        double sum(String name, String... labels) {
            return text.lines().filter(line -> matches(line, name, labels))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }

        boolean has(String name, String... labels) {
            return text.lines().anyMatch(line -> matches(line, name, labels));
        }

        private static boolean matches(String line, String name, String... labels) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                return false;
            }
            for (String label : labels) {
                if (!line.contains(label)) {
                    return false;
                }
            }
            return true;
        }
    }
}
