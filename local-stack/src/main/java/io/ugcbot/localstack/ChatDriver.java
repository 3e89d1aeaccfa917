package io.ugcbot.localstack;

import io.ugcbot.localstack.telegram.TelegramEmulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Telegram user played through the emulator's HTTP API (the one its chat page uses), for scripts that drive a
 * deployment from outside its processes: {@code bin/compose-check}. Also runs the emulator alone in a container.
 *
 * <pre>
 *   --emulator-only                          the emulator on 0.0.0.0:EMULATOR_PORT, until stopped
 *   --chat URL USER start                    /start until the welcome bonus arrives (the stack is up)
 *   --chat URL USER video "SCRIPT" [wait]    a paid video; with wait, until it arrives
 *   --chat URL USER await-videos N           until the chat holds N videos
 * </pre>
 */
final class ChatDriver {

    private static final Duration PATIENCE = Duration.ofMinutes(6);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final long user;

    private ChatDriver(String base, long user) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.user = user;
    }

    static void emulatorOnly() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("EMULATOR_PORT", "8090"));
        try (TelegramEmulator emulator = new TelegramEmulator(LocalStack.EMULATOR_TOKEN, "0.0.0.0", port)) {
            System.out.println("Telegram emulator on port " + emulator.port());
            new CountDownLatch(1).await();
        }
    }

    static void run(String[] args) throws Exception {
        ChatDriver driver = new ChatDriver(args[1], Long.parseLong(args[2]));
        long started = System.nanoTime();
        switch (args[3]) {
            case "start" -> driver.start();
            case "video" -> driver.video(args[4], args.length > 5 && args[5].equals("wait"));
            case "await-videos" -> driver.awaitMessages(Integer.parseInt(args[4]),
                    message -> "video".equals(message.path("mediaKind").asString("")));
            default -> throw new IllegalArgumentException("unknown step " + args[3]);
        }
        System.out.printf("%s: %s done in %.1f s%n", args[3], driver.user, (System.nanoTime() - started) / 1e9);
    }

    /** Says /start every 10 s until the welcome bonus is in the chat: the services are up and talking. */
    private void start() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            say("/start");
            long wait = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < wait) {
                if (count(message -> message.path("text").asString("").contains("Welcome bonus")) > 0) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new IllegalStateException("no welcome bonus within " + PATIENCE);
    }

    private void video(String script, boolean wait) throws Exception {
        int videos = count(message -> "video".equals(message.path("mediaKind").asString("")));
        int speeches = count(ChatDriver::isSpeech);
        tap("create");
        tap("gender:FEMALE");
        tapPaging("char:anna", "page:c");
        tapPaging("voice:en-female-1", "page:v");
        say(script);
        awaitMessages(speeches + 1, ChatDriver::isSpeech);
        tap("confirm");
        if (wait) {
            awaitMessages(videos + 1, message -> "video".equals(message.path("mediaKind").asString("")));
        }
    }

    private void say(String text) throws IOException, InterruptedException {
        post("/messages", Map.of("firstName", "Checker", "languageCode", "en", "text", text));
    }

    /** The speech to review: audio with a Confirm button (a voice gallery's page is audio too). */
    private static boolean isSpeech(JsonNode message) {
        if (!"audio".equals(message.path("mediaKind").asString(""))) {
            return false;
        }
        for (JsonNode row : message.path("buttons")) {
            for (JsonNode button : row) {
                if ("confirm".equals(button.path("callbackData").asString(""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A character's or voice's Choose button, paging the gallery (its ▶, whose data starts with {@code pagePrefix})
     * until the page that has it is shown, as a user would.
     */
    private void tapPaging(String data, String pagePrefix) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int turned = 0; System.nanoTime() < deadline; ) {
            JsonNode messages = messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                JsonNode message = messages.get(i);
                String next = null;
                for (JsonNode row : message.path("buttons")) {
                    for (JsonNode button : row) {
                        String callback = button.path("callbackData").asString("");
                        if (data.equals(callback)) {
                            post("/callbacks", Map.of("messageId", message.path("messageId").asInt(), "data", data));
                            return;
                        }
                        if (callback.startsWith(pagePrefix) && "▶".equals(button.path("text").asString(""))) {
                            next = callback;
                        }
                    }
                }
                if (next != null && turned < 40) {
                    int edits = message.path("editCount").asInt();
                    post("/callbacks", Map.of("messageId", message.path("messageId").asInt(), "data", next));
                    turned++;
                    awaitEdit(message.path("messageId").asInt(), edits);
                    break;
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("no button " + data + " within " + PATIENCE);
    }

    private void awaitEdit(int messageId, int editsBefore) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode message : messages()) {
                if (message.path("messageId").asInt() == messageId && message.path("editCount").asInt() > editsBefore) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** The newest bot message with this button, once there is one. */
    private void tap(String data) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode messages = messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                for (JsonNode row : messages.get(i).path("buttons")) {
                    for (JsonNode button : row) {
                        if (data.equals(button.path("callbackData").asString(""))) {
                            post("/callbacks", Map.of("messageId", messages.get(i).path("messageId").asInt(),
                                    "data", data));
                            return;
                        }
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("no button " + data + " within " + PATIENCE);
    }

    private void awaitMessages(int atLeast, Predicate<JsonNode> kind) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(kind) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fewer than " + atLeast + " such messages within " + PATIENCE);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private int count(Predicate<JsonNode> kind) throws IOException, InterruptedException {
        int count = 0;
        for (JsonNode message : messages()) {
            if (message.path("fromBot").asBoolean(false) && kind.test(message)) {
                count++;
            }
        }
        return count;
    }

    private JsonNode messages() throws IOException, InterruptedException {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/emulator/api/chats/" + user
                + "/messages")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private void post(String resource, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/emulator/api/chats/"
                        + user + resource)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(resource + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
