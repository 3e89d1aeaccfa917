package io.ugcbot.localstack.support;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.localstack.telegram.ChatMessage;
import io.ugcbot.localstack.telegram.EmulatedTelegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A person in the emulated Telegram: types, taps the bot's buttons and waits for its answers. */
public final class TelegramUser {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EmulatedTelegram telegram;
    private final long id;
    private final String language;

    public TelegramUser(EmulatedTelegram telegram, long id, String language) {
        this.telegram = telegram;
        this.id = id;
        this.language = language;
    }

    public boolean speaksRussian() {
        return "ru".equals(language);
    }

    public long id() {
        return id;
    }

    public void says(String text) {
        telegram.userSendsText(id, "Tester" + id, language, text);
    }

    public void sendsVideo(byte[] clip) {
        telegram.userSendsVideo(id, clip, "clip.mp4");
    }

    /** A video whose size Telegram does not report, in the update or in getFile. */
    public void sendsVideoOfUnreportedSize(byte[] clip) {
        telegram.userSendsVideo(id, clip, "clip.mp4", false);
    }

    /**
     * Taps the button with this callback data on the newest bot message that has it, once there is one. A character or
     * voice that is not on the gallery's open page is paged to with ▶, as a user would.
     */
    public void taps(String callbackData) {
        String gallery = callbackData.startsWith(Action.CHARACTER.data()) ? Action.PAGE.data("c")
                : callbackData.startsWith(Action.VOICE.data()) ? Action.PAGE.data("v") : null;
        for (int turned = 0; ; turned++) {
            ChatMessage message = awaitsMessage(m -> has(m, callbackData::equals)
                    || gallery != null && has(m, data -> data.startsWith(gallery)));
            java.util.Optional<ChatMessage> withButton = newestWith(callbackData);
            if (withButton.isPresent() || turned > 30) {
                telegram.userTapsButton(id, withButton.orElse(message).messageId(), callbackData);
                return;
            }
            ChatMessage page = message;
            String next = page.buttons().stream().flatMap(List::stream).filter(b -> "▶".equals(b.text()))
                    .findFirst().orElseThrow().callbackData();
            telegram.userTapsButton(id, page.messageId(), next);
            awaitsMessage(m -> m.messageId() == page.messageId() && m.editCount() > page.editCount());
        }
    }

    public void sendsPhoto(byte[] image) {
        telegram.userSendsPhoto(id, image);
    }

    /** Taps Pay on an invoice the bot sent; Telegram then asks the bot before it charges. */
    public void pays(ChatMessage invoice) {
        telegram.userPays(id, invoice.messageId());
    }

    /** Taps the button labelled {@code label} on this message (a gallery's ◀ or ▶). */
    public void tapsOn(ChatMessage message, String label) {
        String data = message.buttons().stream().flatMap(List::stream).filter(b -> label.equals(b.text()))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " on " + message))
                .callbackData();
        telegram.userTapsButton(id, message.messageId(), data);
    }

    /** Taps the button of this action (one that takes no argument). */
    public void taps(Action action) {
        taps(action.data());
    }

    /** The speech to review: an audio message with the Confirm button (a voice gallery's page is audio too). */
    public static boolean isSpeech(ChatMessage message) {
        return "audio".equals(message.mediaKind()) && has(message, Action.CONFIRM.data()::equals);
    }

    /** The voice gallery: an audio page with the gallery's arrows. */
    public static boolean isVoiceGallery(ChatMessage message) {
        return "audio".equals(message.mediaKind()) && has(message, data -> data.startsWith(Action.PAGE.data("v")));
    }

    private static boolean has(ChatMessage message, java.util.function.Predicate<String> data) {
        return message.buttons().stream().flatMap(List::stream).anyMatch(button -> data.test(button.callbackData()));
    }

    public ChatMessage awaitsMessage(Predicate<ChatMessage> condition) {
        return awaitsMessage(condition, PATIENCE);
    }

    /** With more patience than usual: after an outage, for instance. */
    public ChatMessage awaitsMessage(Predicate<ChatMessage> condition, Duration patience) {
        AtomicReference<ChatMessage> found = new AtomicReference<>();
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).until(() -> {
            botMessages().stream().filter(condition).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** What Telegram itself shows in the chat (a payment, a declined checkout), not the bot. */
    public ChatMessage awaitsTelegramNotice(Predicate<ChatMessage> condition) {
        AtomicReference<ChatMessage> found = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            telegram.messages(id).stream().filter(m -> !m.fromBot() && "payment".equals(m.mediaKind()))
                    .filter(condition).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    public ChatMessage awaitsText(String fragment) {
        return awaitsMessage(m -> m.text() != null && m.text().contains(fragment));
    }

    public List<ChatMessage> botMessages() {
        return telegram.messages(id).stream().filter(ChatMessage::fromBot).toList();
    }

    public byte[] file(ChatMessage message) {
        return telegram.file(message.fileId()).orElseThrow().bytes();
    }

    private java.util.Optional<ChatMessage> newestWith(String callbackData) {
        List<ChatMessage> messages = botMessages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            ChatMessage message = messages.get(i);
            if (message.buttons().stream().flatMap(List::stream)
                    .anyMatch(button -> callbackData.equals(button.callbackData()))) {
                return java.util.Optional.of(message);
            }
        }
        return java.util.Optional.empty();
    }
}
