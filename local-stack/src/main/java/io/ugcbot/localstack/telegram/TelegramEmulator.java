package io.ugcbot.localstack.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP face of {@link EmulatedTelegram}: {@code /bot<token>/<method>} (method names case-insensitive, JSON, form or
 * multipart bodies, like the real Bot API), {@code /file/bot<token>/<path>} downloads, the user-side API under
 * {@code /emulator/api} and the chat page at {@code /}.
 */
public final class TelegramEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramEmulator.class);
    private static final Pattern BOT_METHOD = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
    private static final Pattern FILE = Pattern.compile("^/file/bot([^/]+)/(.+)$");
    private static final Pattern CHAT = Pattern.compile("^/emulator/api/chats/(-?\\d+)/(messages|callbacks|payments)$");

    private final JsonMapper json = JsonMapper.builder().build();
    private final EmulatedTelegram telegram = new EmulatedTelegram();
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final HttpServer server;

    public TelegramEmulator(String token, int port) throws IOException {
        this(token, "127.0.0.1", port);
    }

    /** On {@code host}: 0.0.0.0 in a container, where services reach it by the container's name. */
    public TelegramEmulator(String token, String host, int port) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // platform threads like the services' (see ugc-kit-defaults.properties); long polls hold one each
        server.setExecutor(Executors.newCachedThreadPool(Thread.ofPlatform().name("telegram-emulator-", 0).daemon()
                .factory()));
        server.createContext("/", this::route);
        telegram.webhookPusher(this::pushToWebhook);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + port();
    }

    public EmulatedTelegram telegram() {
        return telegram;
    }

    @Override
    public void close() {
        telegram.closing();
        // a second for the answers to the long polls just released to go out
        server.stop(1);
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            Matcher bot = BOT_METHOD.matcher(path);
            Matcher file = FILE.matcher(path);
            Matcher chat = CHAT.matcher(path);
            if (bot.matches()) {
                botMethod(exchange, bot.group(1), bot.group(2).toLowerCase(Locale.ROOT));
            } else if (file.matches()) {
                download(exchange, file.group(1), file.group(2));
            } else if (chat.matches()) {
                userApi(exchange, Long.parseLong(chat.group(1)), chat.group(2));
            } else if (path.startsWith("/emulator/files/")) {
                var stored = telegram.file(path.substring("/emulator/files/".length()));
                if (stored.isEmpty()) {
                    send(exchange, 404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, stored.get().contentType(), stored.get().bytes());
                }
            } else if (path.equals("/") || path.equals("/index.html")) {
                try (InputStream page = getClass().getResourceAsStream("/emulator/chat.html")) {
                    send(exchange, 200, "text/html; charset=utf-8", page.readAllBytes());
                }
            } else {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            String masked = path.replaceFirst("/bot[^/]+/", "/bot***/");
            log.warn("Emulator failed on {}: {}", masked, e.toString());
            sendJson(exchange, 500, Map.of("ok", false, "error_code", 500, "description", "Internal Server Error"));
        }
    }

    // ---- Bot API

    private void botMethod(HttpExchange exchange, String givenToken, String method) throws IOException {
        if (!token.equals(givenToken)) {
            sendJson(exchange, 401, Map.of("ok", false, "error_code", 401, "description", "Unauthorized"));
            return;
        }
        Map<String, String> params = new HashMap<>();
        Map<String, Multipart.Part> files = new HashMap<>();
        readParams(exchange, params, files);
        try {
            Object result = switch (method) {
                case "getme" -> TelegramJson.bot();
                case "getupdates" -> getUpdates(params);
                case "setwebhook" -> {
                    telegram.setWebhook(params.get("url"), params.get("secret_token"));
                    yield true;
                }
                case "deletewebhook" -> {
                    telegram.setWebhook(null, null);
                    yield true;
                }
                case "getwebhookinfo" -> telegram.webhookInfo();
                case "sendmessage" -> sendMessage(params);
                case "editmessagetext" -> editMessageText(params);
                case "editmessagemedia" -> editMessageMedia(params, files);
                case "setmycommands" -> setMyCommands(params);
                case "sendphoto" -> sendMedia(params, files, "photo");
                case "sendaudio" -> sendMedia(params, files, "audio");
                case "sendvideo" -> sendMedia(params, files, "video");
                case "answercallbackquery" -> true;
                case "sendinvoice" -> sendInvoice(params);
                case "answerprecheckoutquery" -> {
                    telegram.preCheckoutAnswered(params.getOrDefault("pre_checkout_query_id", ""),
                            Boolean.parseBoolean(params.get("ok")), params.get("error_message"));
                    yield true;
                }
                case "refundstarpayment" -> {
                    telegram.refund(Long.parseLong(params.getOrDefault("user_id", "0")),
                            params.getOrDefault("telegram_payment_charge_id", ""));
                    yield true;
                }
                case "getfile" -> getFile(params);
                default -> throw new BotApiError(404, "Not Found: method not found");
            };
            sendJson(exchange, 200, Map.of("ok", true, "result", result));
        } catch (BotApiError e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", false);
            body.put("error_code", e.code);
            body.put("description", e.getMessage());
            if (e.retryAfter != null) {
                body.put("parameters", Map.of("retry_after", e.retryAfter));
            }
            sendJson(exchange, e.code, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Map<String, Object>> getUpdates(Map<String, String> params) throws InterruptedException {
        long offset = Long.parseLong(params.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        int timeout = Integer.parseInt(params.getOrDefault("timeout", "0"));
        return telegram.pollUpdates(offset, limit, Duration.ofSeconds(Math.min(timeout, 50)))
                .stream().map(EmulatedTelegram.PendingUpdate::body).toList();
    }

    private Map<String, Object> sendMessage(Map<String, String> params) {
        long chatId = chatId(params);
        String text = params.get("text");
        EmulatedTelegram.checkText(text, EmulatedTelegram.MAX_TEXT, "text");
        ChatMessage sent = telegram.botSends(chatId, text, null, null, buttons(params.get("reply_markup")));
        return TelegramJson.message(sent, telegram.user(chatId), TelegramJson.bot());
    }

    /** Stars only, as digital goods must be: XTR, no provider token, exactly one price in whole Stars. */
    private Map<String, Object> sendInvoice(Map<String, String> params) {
        long chatId = chatId(params);
        String title = params.getOrDefault("title", "");
        String description = params.getOrDefault("description", "");
        String payload = params.getOrDefault("payload", "");
        if (title.isEmpty() || title.codePointCount(0, title.length()) > 32) {
            throw BotApiError.badRequest("INVOICE_TITLE_INVALID");
        }
        if (description.isEmpty() || description.codePointCount(0, description.length()) > 255) {
            throw BotApiError.badRequest("INVOICE_DESCRIPTION_INVALID");
        }
        if (payload.isEmpty() || payload.getBytes(StandardCharsets.UTF_8).length > 128) {
            throw BotApiError.badRequest("INVOICE_PAYLOAD_INVALID");
        }
        if (!"XTR".equals(params.get("currency")) || !params.getOrDefault("provider_token", "").isEmpty()) {
            throw BotApiError.badRequest("CURRENCY_INVALID: only Telegram Stars (XTR, no provider token) here");
        }
        JsonNode prices = json.readTree(params.getOrDefault("prices", "[]"));
        if (prices.size() != 1 || !prices.get(0).path("amount").canConvertToInt()
                || prices.get(0).path("amount").asInt() < 1) {
            throw BotApiError.badRequest("STARS_INVOICE_INVALID: exactly one price of at least 1 Star");
        }
        var invoice = new EmulatedTelegram.Invoice(title, description, payload, "XTR",
                prices.get(0).path("amount").asInt());
        ChatMessage sent = telegram.botSendsInvoice(chatId, invoice);
        Map<String, Object> message = TelegramJson.message(sent, telegram.user(chatId), TelegramJson.bot());
        message.put("invoice", Map.of("title", title, "description", description, "start_parameter", "",
                "currency", "XTR", "total_amount", invoice.amount()));
        return message;
    }

    private Map<String, Object> editMessageText(Map<String, String> params) {
        long chatId = chatId(params);
        String text = params.get("text");
        EmulatedTelegram.checkText(text, EmulatedTelegram.MAX_TEXT, "text");
        String markup = params.get("reply_markup");
        ChatMessage edited = telegram.botEdits(chatId, Integer.parseInt(params.get("message_id")), text,
                markup == null ? null : buttons(markup));
        return TelegramJson.message(edited, telegram.user(chatId), TelegramJson.bot());
    }

    /** The media field is JSON (type, media, caption); the file is a file id or "attach://<part>" as Telegram has it. */
    private Map<String, Object> editMessageMedia(Map<String, String> params, Map<String, Multipart.Part> files) {
        long chatId = chatId(params);
        JsonNode media;
        try {
            media = json.readTree(params.getOrDefault("media", "{}"));
        } catch (RuntimeException e) {
            throw BotApiError.badRequest("can't parse InputMedia JSON object");
        }
        String kind = media.path("type").asText("");
        if (!List.of("photo", "audio", "video").contains(kind)) {
            throw BotApiError.badRequest("unsupported media type " + kind);
        }
        String caption = media.path("caption").isMissingNode() || media.path("caption").isNull() ? null
                : media.path("caption").asText();
        EmulatedTelegram.checkText(caption, EmulatedTelegram.MAX_CAPTION, "caption");
        String reference = media.path("media").asText("");
        String fileId;
        if (reference.startsWith("attach://") && files.containsKey(reference.substring("attach://".length()))) {
            Multipart.Part upload = files.get(reference.substring("attach://".length()));
            fileId = telegram.storeFile(upload.fileName(), contentType(kind, upload), upload.body()).fileId();
        } else if (telegram.file(reference).isPresent()) {
            fileId = reference;
        } else {
            throw BotApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        ChatMessage edited = telegram.botEditsMedia(chatId, Integer.parseInt(params.get("message_id")), kind, fileId,
                caption, buttons(params.get("reply_markup")));
        return TelegramJson.message(edited, telegram.user(chatId), TelegramJson.bot());
    }

    private boolean setMyCommands(Map<String, String> params) {
        JsonNode commands = json.readTree(params.getOrDefault("commands", "[]"));
        List<Map<String, String>> menu = new java.util.ArrayList<>();
        for (JsonNode command : commands) {
            menu.add(Map.of("command", command.path("command").asText(), "description",
                    command.path("description").asText()));
        }
        telegram.commandsSet(params.get("language_code"), menu);
        return true;
    }

    private Map<String, Object> sendMedia(Map<String, String> params, Map<String, Multipart.Part> files, String kind) {
        long chatId = chatId(params);
        String caption = params.get("caption");
        EmulatedTelegram.checkText(caption, EmulatedTelegram.MAX_CAPTION, "caption");
        String fileId;
        String reference = params.get(kind);
        // a file may come as the field itself, or be referenced as "attach://<part name>" like Telegram allows
        Multipart.Part upload = reference != null && reference.startsWith("attach://")
                ? files.get(reference.substring("attach://".length())) : files.get(kind);
        if (upload != null) {
            if (upload.body().length == 0) {
                throw BotApiError.badRequest("file must be non-empty");
            }
            fileId = telegram.storeFile(upload.fileName(), contentType(kind, upload), upload.body()).fileId();
        } else if (params.get(kind) != null && telegram.file(params.get(kind)).isPresent()) {
            fileId = params.get(kind);
        } else {
            throw BotApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        ChatMessage sent = telegram.botSends(chatId, caption, kind, fileId, buttons(params.get("reply_markup")));
        return TelegramJson.message(sent, telegram.user(chatId), TelegramJson.bot());
    }

    private Map<String, Object> getFile(Map<String, String> params) {
        var file = telegram.file(params.getOrDefault("file_id", ""))
                .orElseThrow(() -> BotApiError.badRequest("invalid file_id"));
        return telegram.sizeReported(file.fileId())
                ? Map.of("file_id", file.fileId(), "file_unique_id", file.fileUniqueId(), "file_size",
                file.bytes().length, "file_path", file.path())
                : Map.of("file_id", file.fileId(), "file_unique_id", file.fileUniqueId(), "file_path", file.path());
    }

    private void download(HttpExchange exchange, String givenToken, String path) throws IOException {
        if (!token.equals(givenToken)) {
            send(exchange, 401, "text/plain", "Unauthorized".getBytes(StandardCharsets.UTF_8));
            return;
        }
        var file = telegram.fileByPath(path);
        if (file.isEmpty()) {
            send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, file.get().contentType(), file.get().bytes());
        }
    }

    // ---- the user's side

    private void userApi(HttpExchange exchange, long chatId, String resource) throws IOException {
        String httpMethod = exchange.getRequestMethod();
        if ("GET".equals(httpMethod) && resource.equals("messages")) {
            sendJson(exchange, 200, telegram.messages(chatId));
            return;
        }
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        try {
            if (resource.equals("messages")) {
                int id = telegram.userSendsText(chatId, text(body, "firstName"), text(body, "languageCode"),
                        text(body, "text"));
                sendJson(exchange, 200, Map.of("messageId", id));
            } else if (resource.equals("payments")) {
                telegram.userPays(chatId, body.get("messageId").asInt());
                sendJson(exchange, 200, Map.of("ok", true));
            } else {
                telegram.userTapsButton(chatId, body.get("messageId").asInt(), text(body, "data"));
                sendJson(exchange, 200, Map.of("ok", true));
            }
        } catch (IllegalArgumentException e) {
            sendJson(exchange, 400, Map.of("error", e.getMessage()));
        }
    }

    private void pushToWebhook(String url, String secret, Map<String, Object> update) {
        Thread.ofPlatform().name("webhook-push").daemon().start(() -> {
            for (int attempt = 1; attempt <= 5; attempt++) {
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(update)));
                    if (secret != null && !secret.isEmpty()) {
                        request.header("X-Telegram-Bot-Api-Secret-Token", secret);
                    }
                    int status = webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status / 100 == 2) {
                        return;
                    }
                    Thread.sleep(500L * attempt);
                } catch (IOException e) {
                    log.debug("Webhook push failed: {}", e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    // ---- plumbing

    private void readParams(HttpExchange exchange, Map<String, String> params, Map<String, Multipart.Part> files)
            throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            params.putAll(formDecode(query));
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (body.length == 0 || type == null) {
            return;
        }
        if (type.startsWith("application/json")) {
            json.readTree(body).properties().forEach(field -> params.put(field.getKey(),
                    field.getValue().isString() ? field.getValue().asString() : field.getValue().toString()));
        } else if (type.startsWith("multipart/form-data")) {
            Multipart.parse(body, type).forEach((name, part) -> {
                if (part.fileName() != null) {
                    files.put(name, part);
                } else {
                    params.put(name, part.text());
                }
            });
        } else {
            params.putAll(formDecode(new String(body, StandardCharsets.UTF_8)));
        }
    }

    private List<List<ChatMessage.Button>> buttons(String replyMarkup) {
        if (replyMarkup == null || replyMarkup.isBlank()) {
            return List.of();
        }
        JsonNode keyboard = json.readTree(replyMarkup).path("inline_keyboard");
        List<List<ChatMessage.Button>> rows = new ArrayList<>();
        for (JsonNode row : keyboard) {
            List<ChatMessage.Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(new ChatMessage.Button(button.path("text").asString(),
                        button.has("callback_data") ? button.get("callback_data").asString() : null));
            }
            rows.add(buttons);
        }
        return rows;
    }

    private static String contentType(String kind, Multipart.Part upload) {
        if (!upload.contentType().equals("application/octet-stream")) {
            return upload.contentType();
        }
        return switch (kind) {
            case "photo" -> "image/png";
            case "audio" -> "audio/mpeg";
            default -> "video/mp4";
        };
    }

    private static long chatId(Map<String, String> params) {
        String chatId = params.get("chat_id");
        if (chatId == null || !chatId.matches("-?\\d+")) {
            throw BotApiError.badRequest("chat not found");
        }
        return Long.parseLong(chatId);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Map<String, String> formDecode(String form) {
        Map<String, String> params = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
