package io.ugcbot.localstack.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The emulator's state: chats with their messages, the queue of updates for the bot, uploaded files and the webhook.
 * Thread-safe; long polls wait on a condition rather than spinning.
 */
public final class EmulatedTelegram {

    /** Telegram's limits that the emulator enforces, so the gateway meets them here before it meets Telegram. */
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    record PendingUpdate(int updateId, Map<String, Object> body) {
    }

    record UserProfile(long id, String firstName, String languageCode) {
    }

    /** Messages that are no text nor file: an invoice the bot sent, a payment the user made. */
    static final java.util.Set<String> SERVICE_KINDS = java.util.Set.of("invoice", "payment");

    /** Telegram cancels a checkout whose pre-checkout query the bot does not answer within this. */
    static final Duration CHECKOUT_WINDOW = Duration.ofSeconds(10);

    /** An invoice as sendInvoice gave it (Stars: one price, in whole Stars). */
    public record Invoice(String title, String description, String payload, String currency, int amount) {
    }

    private record Checkout(String queryId, long chatId, Invoice invoice, Instant askedAt) {
    }

    /** A payment Telegram made; {@code update} is the successful_payment message, kept to deliver it again. */
    public record Charge(String chargeId, long userId, int amount, boolean refunded, Map<String, Object> update) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition updatesArrived = lock.newCondition();
    private boolean closing;
    private final List<PendingUpdate> updates = new ArrayList<>();
    private final Map<Long, List<ChatMessage>> chats = new LinkedHashMap<>();
    private final Map<Long, UserProfile> users = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final java.util.Set<String> sizeUnreported = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicInteger nextFileId = new AtomicInteger(1);
    private volatile String webhookUrl;
    private volatile String webhookSecret;
    private volatile WebhookPusher pusher;
    private final List<java.util.function.Consumer<ChatMessage>> botMessageObservers =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    interface WebhookPusher {
        void push(String url, String secret, Map<String, Object> update);
    }

    void webhookPusher(WebhookPusher pusher) {
        this.pusher = pusher;
    }

    // ---- the user's side

    public int userSendsText(long chatId, String firstName, String languageCode, String text) {
        UserProfile user = users.compute(chatId, (id, known) -> new UserProfile(id,
                firstName != null ? firstName : known != null ? known.firstName() : "User " + id,
                languageCode != null ? languageCode : known != null ? known.languageCode() : "en"));
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), chatId, false, text, null, null,
                List.of(), 0, now()));
        Map<String, Object> update = new LinkedHashMap<>();
        Map<String, Object> body = TelegramJson.message(message, user, TelegramJson.userOf(user));
        update.put("message", body);
        enqueue(update);
        return message.messageId();
    }

    /** The user sends a video clip (as Telegram's video message, with its size, as the Bot API reports it). */
    public int userSendsVideo(long chatId, byte[] bytes, String fileName) {
        return userSendsVideo(chatId, bytes, fileName, true);
    }

    /**
     * The same, with {@code sizeReported} false as Telegram sometimes sends it: no {@code file_size} in the update
     * nor in getFile's answer, so only the download shows how big it is.
     */
    public int userSendsVideo(long chatId, byte[] bytes, String fileName, boolean sizeReported) {
        UserProfile user = users.computeIfAbsent(chatId, id -> new UserProfile(id, "User " + id, "en"));
        StoredFile file = storeFile(fileName, "video/mp4", bytes);
        if (!sizeReported) {
            sizeUnreported.add(file.fileId());
        }
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), chatId, false, null, "video",
                file.fileId(), List.of(), 0, now()));
        Map<String, Object> body = TelegramJson.message(message, user, TelegramJson.userOf(user));
        @SuppressWarnings("unchecked")
        Map<String, Object> video = (Map<String, Object>) body.get("video");
        if (sizeReported) {
            video.put("file_size", bytes.length);
        }
        video.put("mime_type", "video/mp4");
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message", body);
        enqueue(update);
        return message.messageId();
    }

    /** A user writes in a group the bot is in: the message's chat is the group, not the user. */
    public int userSendsTextInGroup(long groupId, long userId, String text) {
        UserProfile user = users.computeIfAbsent(userId, id -> new UserProfile(id, "User " + id, "en"));
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), groupId, false, text, null, null,
                List.of(), 0, now()));
        Map<String, Object> body = TelegramJson.message(message, user, TelegramJson.userOf(user));
        body.put("chat", Map.of("id", groupId, "type", "group", "title", "Group " + groupId));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message", body);
        enqueue(update);
        return message.messageId();
    }

    /** The user sends a photo; Telegram offers it in sizes, the largest last (the emulator has one size). */
    public int userSendsPhoto(long chatId, byte[] jpegOrPng) {
        UserProfile user = users.computeIfAbsent(chatId, id -> new UserProfile(id, "User " + id, "en"));
        StoredFile file = storeFile("photo.jpg", "image/jpeg", jpegOrPng);
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), chatId, false, null, "photo",
                file.fileId(), List.of(), 0, now()));
        Map<String, Object> body = TelegramJson.message(message, user, TelegramJson.userOf(user));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message", body);
        enqueue(update);
        return message.messageId();
    }

    public void userTapsButton(long chatId, int messageId, String callbackData) {
        ChatMessage message = find(chatId, messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in chat " + chatId));
        boolean hasButton = message.buttons().stream().flatMap(List::stream)
                .anyMatch(button -> button.callbackData().equals(callbackData));
        if (!hasButton) {
            throw new IllegalArgumentException("message " + messageId + " has no button " + callbackData);
        }
        UserProfile user = users.getOrDefault(chatId, new UserProfile(chatId, "User " + chatId, "en"));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", Integer.toString(nextUpdateId.get() * 1000 + messageId));
        query.put("from", TelegramJson.userOf(user));
        query.put("message", TelegramJson.message(message, user, TelegramJson.bot()));
        query.put("chat_instance", Long.toString(chatId));
        query.put("data", callbackData);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("callback_query", query);
        enqueue(update);
    }

    // ---- payments in Stars: invoice → pre-checkout query → successful payment; refunds

    private final Map<Integer, Invoice> invoices = new ConcurrentHashMap<>();
    private final Map<String, Checkout> checkouts = new ConcurrentHashMap<>();
    private final Map<String, Charge> charges = new ConcurrentHashMap<>();
    private final AtomicInteger nextChargeId = new AtomicInteger(1);

    /** sendInvoice; public so a test can play an invoice an earlier release of the bot sent. */
    public ChatMessage botSendsInvoice(long chatId, Invoice invoice) {
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), chatId, true,
                invoice.title() + "\n" + invoice.description() + "\n⭐ " + invoice.amount(), "invoice", null, List.of(), 0, now()));
        invoices.put(message.messageId(), invoice);
        return message;
    }

    public Optional<Invoice> invoice(int messageId) {
        return Optional.ofNullable(invoices.get(messageId));
    }

    /**
     * The user taps Pay on an invoice: Telegram asks the bot first (a pre-checkout query) and charges only when the
     * bot says yes within {@link #CHECKOUT_WINDOW}. Returns the query's id.
     */
    public String userPays(long chatId, int invoiceMessageId) {
        Invoice invoice = invoice(invoiceMessageId).filter(i -> find(chatId, invoiceMessageId).isPresent())
                .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceMessageId + " in chat " + chatId));
        UserProfile user = user(chatId);
        String queryId = "pcq" + nextUpdateId.get() + "-" + invoiceMessageId;
        checkouts.put(queryId, new Checkout(queryId, chatId, invoice, Instant.now()));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", queryId);
        query.put("from", TelegramJson.userOf(user));
        query.put("currency", invoice.currency());
        query.put("total_amount", invoice.amount());
        query.put("invoice_payload", invoice.payload());
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("pre_checkout_query", query);
        enqueue(update);
        return queryId;
    }

    /** answerPreCheckoutQuery: yes charges the user and sends the bot the payment; no shows the user the error. */
    void preCheckoutAnswered(String queryId, boolean ok, String errorMessage) {
        Checkout checkout = checkouts.remove(queryId);
        if (checkout == null || Duration.between(checkout.askedAt(), Instant.now()).compareTo(CHECKOUT_WINDOW) > 0) {
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (!ok) {
            if (errorMessage == null || errorMessage.isBlank()) {
                throw BotApiError.badRequest("error_message must be non-empty when ok is false");
            }
            record(new ChatMessage(nextMessageId.getAndIncrement(), checkout.chatId(), false,
                    "❌ " + errorMessage, "payment", null, List.of(), 0, now()));
            return;
        }
        UserProfile user = user(checkout.chatId());
        Invoice invoice = checkout.invoice();
        String chargeId = "stxEMU" + nextChargeId.getAndIncrement() + "-" + checkout.chatId();
        ChatMessage message = record(new ChatMessage(nextMessageId.getAndIncrement(), checkout.chatId(), false,
                "✅ Paid " + invoice.amount() + " ⭐", "payment", null, List.of(), 0, now()));
        Map<String, Object> body = TelegramJson.message(message, user, TelegramJson.userOf(user));
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("currency", invoice.currency());
        payment.put("total_amount", invoice.amount());
        payment.put("invoice_payload", invoice.payload());
        payment.put("telegram_payment_charge_id", chargeId);
        payment.put("provider_payment_charge_id", "");
        body.put("successful_payment", payment);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message", body);
        charges.put(chargeId, new Charge(chargeId, checkout.chatId(), invoice.amount(), false, update));
        enqueue(update);
    }

    /** Telegram reporting a payment twice (it may): the same successful_payment message in a new update. */
    public void deliversPaymentAgain(String chargeId) {
        Charge charge = Optional.ofNullable(charges.get(chargeId))
                .orElseThrow(() -> new IllegalArgumentException("no charge " + chargeId));
        enqueue(charge.update());
    }

    /** refundStarPayment: a charge is given back once, and only to the user who paid it. */
    void refund(long userId, String chargeId) {
        Charge charge = charges.get(chargeId);
        if (charge == null || charge.userId() != userId) {
            throw BotApiError.badRequest("CHARGE_NOT_FOUND");
        }
        if (charge.refunded()) {
            throw BotApiError.badRequest("CHARGE_ALREADY_REFUNDED");
        }
        charges.put(chargeId, new Charge(chargeId, userId, charge.amount(), true, charge.update()));
    }

    public List<Charge> charges(long userId) {
        return charges.values().stream().filter(charge -> charge.userId() == userId).toList();
    }

    public List<ChatMessage> messages(long chatId) {
        lock.lock();
        try {
            return List.copyOf(chats.getOrDefault(chatId, List.of()));
        } finally {
            lock.unlock();
        }
    }

    public Optional<StoredFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    /**
     * Forgets a file, as Telegram does for a file id of another bot (a new token, a copied database): sending by that
     * id is then refused with "wrong file identifier".
     */
    /** Whether getFile tells this file's size (Telegram may leave it out). */
    boolean sizeReported(String fileId) {
        return !sizeUnreported.contains(fileId);
    }

    public void forgetFile(String fileId) {
        files.remove(fileId);
    }

    public Optional<StoredFile> fileByPath(String path) {
        return files.values().stream().filter(file -> file.path().equals(path)).findFirst();
    }

    // ---- the bot's side

    List<PendingUpdate> pollUpdates(long offset, int limit, Duration timeout) throws InterruptedException {
        if (webhookUrl != null) {
            throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first");
        }
        lock.lock();
        try {
            updates.removeIf(update -> update.updateId() < offset);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (updates.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closing) {
                    return List.of();
                }
                updatesArrived.awaitNanos(left);
            }
            return List.copyOf(updates.subList(0, Math.min(limit, updates.size())));
        } finally {
            lock.unlock();
        }
    }

    /** Answers every waiting getUpdates now, empty, as Telegram would at its timeout: a bot stopping sees no error. */
    void closing() {
        lock.lock();
        try {
            closing = true;
            updatesArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    ChatMessage botSends(long chatId, String text, String mediaKind, String fileId, List<List<ChatMessage.Button>> buttons) {
        checkButtons(buttons);
        return record(new ChatMessage(nextMessageId.getAndIncrement(), chatId, true, text, mediaKind, fileId,
                buttons, 0, now()));
    }

    /** {@code buttons} null keeps the message's keyboard, as Telegram does when no reply_markup is given. */
    ChatMessage botEdits(long chatId, int messageId, String text, List<List<ChatMessage.Button>> buttons) {
        return edit(chatId, messageId, message -> {
            List<List<ChatMessage.Button>> kept = buttons == null ? message.buttons() : buttons;
            if (text.equals(message.text()) && java.util.Objects.equals(kept, message.buttons())) {
                throw notModified();
            }
            return message.edited(text, kept);
        });
    }

    /** editMessageMedia: a media message gets another file, caption and keyboard; a text message cannot. */
    ChatMessage botEditsMedia(long chatId, int messageId, String kind, String fileId, String caption,
                              List<List<ChatMessage.Button>> buttons) {
        checkButtons(buttons);
        return edit(chatId, messageId, message -> {
            if (message.mediaKind() == null) {
                throw BotApiError.badRequest("there is no media in the message to edit");
            }
            if (fileId.equals(message.fileId()) && java.util.Objects.equals(caption, message.text())
                    && java.util.Objects.equals(buttons, message.buttons())) {
                throw notModified();
            }
            return message.mediaEdited(kind, fileId, caption, buttons);
        });
    }

    private ChatMessage edit(long chatId, int messageId, java.util.function.UnaryOperator<ChatMessage> change) {
        lock.lock();
        try {
            List<ChatMessage> chat = chats.getOrDefault(chatId, List.of());
            for (int i = 0; i < chat.size(); i++) {
                ChatMessage message = chat.get(i);
                if (message.messageId() == messageId && message.fromBot()) {
                    ChatMessage edited = change.apply(message);
                    chat.set(i, edited);
                    return edited;
                }
            }
            throw BotApiError.badRequest("message to edit not found");
        } finally {
            lock.unlock();
        }
    }

    private static BotApiError notModified() {
        return BotApiError.badRequest("message is not modified: specified new message content and "
                + "reply markup are exactly the same as a current content and reply markup of the message");
    }

    /** The command menus the bot registered (setMyCommands), by language code ("" for the default). */
    private final Map<String, List<Map<String, String>>> commandMenus = new java.util.concurrent.ConcurrentHashMap<>();

    void commandsSet(String languageCode, List<Map<String, String>> commands) {
        commandMenus.put(languageCode == null ? "" : languageCode, List.copyOf(commands));
    }

    public List<Map<String, String>> commands(String languageCode) {
        return commandMenus.getOrDefault(languageCode, List.of());
    }

    StoredFile storeFile(String fileName, String contentType, byte[] bytes) {
        int n = nextFileId.getAndIncrement();
        String kind = contentType.startsWith("video") ? "videos" : contentType.startsWith("audio") ? "music" : "photos";
        StoredFile file = new StoredFile("FILE" + n + "-" + Integer.toHexString(bytes.length), "U" + n,
                kind + "/file_" + n + "_" + (fileName == null ? "upload" : fileName), contentType, bytes);
        files.put(file.fileId(), file);
        return file;
    }

    void setWebhook(String url, String secret) {
        this.webhookUrl = url == null || url.isBlank() ? null : url;
        this.webhookSecret = secret;
    }

    Map<String, Object> webhookInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("url", webhookUrl == null ? "" : webhookUrl);
        info.put("has_custom_certificate", false);
        lock.lock();
        try {
            info.put("pending_update_count", updates.size());
        } finally {
            lock.unlock();
        }
        return info;
    }

    UserProfile user(long chatId) {
        return users.getOrDefault(chatId, new UserProfile(chatId, "User " + chatId, "en"));
    }

    static void checkText(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            if ("text".equals(what)) {
                throw BotApiError.badRequest("message text is empty");
            }
            return;
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw BotApiError.badRequest("text".equals(what) ? "message is too long" : "message caption is too long");
        }
    }

    private static void checkButtons(List<List<ChatMessage.Button>> buttons) {
        for (List<ChatMessage.Button> row : buttons) {
            for (ChatMessage.Button button : row) {
                int size = button.callbackData() == null ? 0
                        : button.callbackData().getBytes(StandardCharsets.UTF_8).length;
                if (size < 1 || size > MAX_CALLBACK_DATA_BYTES) {
                    throw BotApiError.badRequest("BUTTON_DATA_INVALID");
                }
            }
        }
    }

    private void enqueue(Map<String, Object> update) {
        int updateId = nextUpdateId.getAndIncrement();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("update_id", updateId);
        body.putAll(update);
        String url = webhookUrl;
        if (url != null && pusher != null) {
            pusher.push(url, webhookSecret, body);
            return;
        }
        lock.lock();
        try {
            updates.add(new PendingUpdate(updateId, body));
            updatesArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private ChatMessage record(ChatMessage message) {
        lock.lock();
        try {
            chats.computeIfAbsent(message.chatId(), id -> new ArrayList<>()).add(message);
        } finally {
            lock.unlock();
        }
        if (message.fromBot()) {
            botMessageObservers.forEach(observer -> observer.accept(message));
        }
        return message;
    }

    /**
     * Called with every new message the bot sends, on the thread that received it: a benchmark takes the moment a
     * video arrives from here instead of polling the chat (Telegram's dates are whole seconds).
     */
    public void observeBotMessages(java.util.function.Consumer<ChatMessage> observer) {
        botMessageObservers.add(observer);
    }

    private Optional<ChatMessage> find(long chatId, int messageId) {
        return messages(chatId).stream().filter(message -> message.messageId() == messageId).findFirst();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
