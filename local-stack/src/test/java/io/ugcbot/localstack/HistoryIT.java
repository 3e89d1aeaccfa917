package io.ugcbot.localstack;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.TelegramUser;
import io.ugcbot.localstack.telegram.ChatMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "My videos": the list, a video sent again, and a download link that works (flow 6). */
class HistoryIT extends EndToEndTest {

    @Test
    void shouldListTheVideoSendItAgainAndGiveAWorkingLink() throws Exception {
        TelegramUser user = newUser();
        ChatMessage video = makesVideo(user, "Homemade jam, straight from the garden.");

        user.taps(Action.HISTORY);
        ChatMessage list = user.awaitsText("Your videos (page 1 of 1)");
        assertThat(list.text()).contains("1. ").contains("✅ ready").contains("Homemade jam");
        List<String> buttons = list.buttons().stream().flatMap(List::stream)
                .map(ChatMessage.Button::callbackData).toList();
        assertThat(buttons).hasSize(3).contains(Action.MENU.data()).anyMatch(data -> data.startsWith("again:"))
                .anyMatch(data -> data.startsWith("link:"));

        user.taps(buttons.stream().filter(data -> data.startsWith("link:")).findFirst().orElseThrow());
        ChatMessage link = user.awaitsText("Download link");
        Matcher url = Pattern.compile("(http\\S+)").matcher(link.text());
        assertThat(url.find()).isTrue();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(user.file(video));

        user.taps(buttons.stream().filter(data -> data.startsWith("again:")).findFirst().orElseThrow());
        user.awaitsMessage(m -> "video".equals(m.mediaKind()) && m.messageId() > link.messageId());
        assertThat(user.botMessages().stream().filter(m -> "video".equals(m.mediaKind())).map(ChatMessage::fileId))
                .as("sent again by the file_id Telegram gave the first time").containsOnly(video.fileId());
    }
}
