package io.ugcbot.localstack.telegram;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartTest {

    @Test
    void shouldSeparateTextFieldsFromFiles() {
        String body = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
                + "42\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"video\"; filename=\"clip.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n"
                + "\u0000\u0001binary\r\n"
                + "--XyZ--\r\n";

        var parts = Multipart.parse(body.getBytes(StandardCharsets.ISO_8859_1), "multipart/form-data; boundary=XyZ");

        assertThat(parts.get("chat_id").text()).isEqualTo("42");
        assertThat(parts.get("chat_id").fileName()).isNull();
        assertThat(parts.get("video").fileName()).isEqualTo("clip.mp4");
        assertThat(parts.get("video").contentType()).isEqualTo("video/mp4");
        assertThat(parts.get("video").body()).containsExactly(0, 1, 'b', 'i', 'n', 'a', 'r', 'y');
    }
}
