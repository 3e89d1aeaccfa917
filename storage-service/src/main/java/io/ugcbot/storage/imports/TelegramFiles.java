package io.ugcbot.storage.imports;

import io.ugcbot.storage.StorageProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The Bot API's file download: {@code getFile} answers with the file's size and path, then
 * {@code /file/bot<token>/<path>} serves the bytes. Both URLs hold the bot's token, so they never appear in an
 * exception message or a log line.
 */
class TelegramFiles {

    /** The file as Telegram describes it before download. */
    record Described(String path, long size) {
    }

    /** Telegram refused or failed; {@code retryable} for 429 and 5xx, {@code reason} without any URL. */
    static final class TelegramFileException extends RuntimeException {
        private final boolean retryable;

        TelegramFileException(String reason, boolean retryable) {
            super(reason);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }

    private final StorageProperties.Telegram settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final JsonMapper json = JsonMapper.builder().build();

    TelegramFiles(StorageProperties.Telegram settings) {
        this.settings = settings;
    }

    Described describe(String fileId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/bot"
                + settings.token() + "/getFile?file_id=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        if (!body.path("ok").asBoolean(false)) {
            throw new TelegramFileException("Telegram answered getFile with " + response.statusCode() + ": "
                    + body.path("description").asString(""), response.statusCode() == 429
                    || response.statusCode() >= 500);
        }
        JsonNode result = body.path("result");
        return new Described(result.path("file_path").asString(""), result.path("file_size").asLong(0));
    }

    /** The file got longer than the cap while downloading (its size was not reported, or was reported wrong). */
    static final class TooLargeException extends RuntimeException {
        private final long bytesSeen;

        TooLargeException(long bytesSeen) {
            super("more than " + bytesSeen + " bytes");
            this.bytesSeen = bytesSeen;
        }

        long bytesSeen() {
            return bytesSeen;
        }
    }

    /**
     * Downloads at most {@code maxBytes}: the size getFile reports decides before any byte is fetched, but Telegram may
     * not report one, so the stream itself is cut off past the cap instead of filling the disk.
     */
    Path download(Described file, Path target, long maxBytes) {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/file/bot"
                        + settings.token() + "/" + file.path())).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new TelegramFileException("Telegram answered the download with " + response.statusCode(),
                        response.statusCode() == 429 || response.statusCode() >= 500);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                body.transferTo(new CappedOutputStream(out, maxBytes));
                return target;
            }
        } catch (CappedOutputStream.Overflow e) {
            throw new TooLargeException(maxBytes + 1);
        } catch (IOException e) {
            throw new TelegramFileException("the download broke off: " + e.getClass().getSimpleName(), true);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            // the exception's message may carry the URL, and with it the token
            throw new TelegramFileException("Telegram did not answer: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramFileException("interrupted", true);
        }
    }
}
