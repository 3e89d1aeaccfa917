package io.ugcbot.localstack;

import io.ugcbot.events.FailureCode;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.events.storage.DownloadLinkIssued;
import io.ugcbot.events.storage.DownloadLinkRefused;
import io.ugcbot.events.storage.IssueDownloadLink;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** storage-service's links on the real S3 API server: the owner gets a working presigned URL, nobody else gets one. */
class DownloadLinkIT extends EndToEndTest {

    private final MessageCodec codec = new MessageCodec();

    @Test
    void shouldGiveTheOwnerAWorkingLinkAndRefuseEveryoneElse() throws Exception {
        TelegramUser owner = newUser();
        ChatMessage video = makesVideo(owner, "Handmade soap, delivered tomorrow.");
        UUID generation = databases.latestGeneration(owner.id());
        Map<String, Object> asset = databases.assets(owner.id()).stream()
                .filter(row -> ((String) row.get("key")).startsWith("videos/")).findFirst().orElseThrow();

        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        String bucket = (String) asset.get("bucket");
        String key = (String) asset.get("key");
        kafka.publish(new IssueDownloadLink(mine, owner.id(), bucket, key), "gateway-bot");
        kafka.publish(new IssueDownloadLink(theirs, owner.id() + 1, bucket, key), "gateway-bot");

        DownloadLinkIssued link = (DownloadLinkIssued) awaitStorageEvent(mine);
        DownloadLinkRefused refusal = (DownloadLinkRefused) awaitStorageEvent(theirs);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(link.url())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> tampered = http.send(HttpRequest.newBuilder(URI.create(
                link.url().replace("videos/", "videos/x"))).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(URI.create(link.url()).getHost()).as("signed for the public endpoint, not the internal one")
                .isEqualTo("localhost");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(owner.file(video));
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(refusal.failure().code()).isEqualTo(FailureCode.NOT_YOURS);
        assertThat(generation).isNotNull();
    }

    private Message awaitStorageEvent(UUID requestId) {
        Message[] found = new Message[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            kafka.readAll(r -> r.topic().equals(Topics.STORAGE_EVENTS)
                            && requestId.toString().equals(KafkaTopics.header(r, CloudEventHeaders.SUBJECT)))
                    .forEach(r -> found[0] = codec.decode(KafkaTopics.header(r, CloudEventHeaders.TYPE), r.value())
                            .orElseThrow());
            return found[0] != null;
        });
        return found[0];
    }
}
