package io.ugcbot.gateway.conversation;

import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.ChatRouter;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.feedback.FeedbackDesk;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.payments.Checkout;
import io.ugcbot.gateway.payments.StarPayments;
import io.ugcbot.gateway.users.Users;
import io.ugcbot.kit.inbox.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Applies one Telegram update: its id is claimed in the inbox in the same transaction as the state change and the
 * replies, so an update delivered twice (a crash before getUpdates confirmed it, a webhook retry) does nothing twice.
 * Taps and commands go to the feature that registered them ({@link ChatRouter}); text, clips and photos are the
 * conversation's inputs, unless the user asked to write to the team.
 */
@Service
public class Conversation {

    private static final String CONSUMER = "telegram-updates";

    private final Inbox inbox;
    private final Users users;
    private final ChatRouter router;
    private final CreationSteps steps;
    private final FeedbackDesk feedback;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Checkout checkout;
    private final StarPayments payments;

    Conversation(Inbox inbox, Users users, ChatRouter router, CreationSteps steps, FeedbackDesk feedback,
                 Outgoing outgoing, Texts texts, Menus menus, Checkout checkout, StarPayments payments) {
        this.checkout = checkout;
        this.payments = payments;
        this.inbox = inbox;
        this.users = users;
        this.router = router;
        this.steps = steps;
        this.feedback = feedback;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Transactional
    public void handle(Update update) {
        if (update.hasPreCheckoutQuery()) {
            // answered at once and from configuration only: Telegram cancels a checkout not answered in 10 s, and
            // answering a redelivered query again is harmless (Telegram ignores it)
            checkout.answer(update.getPreCheckoutQuery());
            return;
        }
        UUID updateId = UUID.nameUUIDFromBytes(("update:" + update.getUpdateId()).getBytes(StandardCharsets.UTF_8));
        if (!inbox.claim(CONSUMER, updateId)) {
            return;
        }
        if (update.hasCallbackQuery()) {
            onCallback(update.getCallbackQuery());
        } else if (update.hasMessage()) {
            onMessage(update.getMessage());
        }
    }

    private void onMessage(Message message) {
        if (message.getFrom() == null) {
            return;
        }
        if (!message.getChat().isUserChat()) {
            groupHint(message);
            return;
        }
        Chat chat = chatOf(message.getFrom(), null);
        if (message.hasSuccessfulPayment()) {
            payments.received(chat.userId(), chat.firstName(), message.getSuccessfulPayment());
        } else if (message.hasText()) {
            String text = message.getText().strip();
            if (router.command(chat, text)) {
                return;
            }
            if (text.startsWith("/")) {
                // a typo or a command from another bot: said so, rather than taken as a script or feedback
                outgoing.text(chat.userId(), null, texts.get(chat.userId(), "unknown.command"),
                        menus.main(chat.userId()));
            } else if (!feedback.onText(chat.userId(), chat.firstName(), text)) {
                steps.userInput(chat, new Input.Typed(text));
            }
        } else if (message.hasVideo()) {
            steps.userInput(chat, new Input.VideoSent(message.getVideo().getFileId(), message.getVideo().getFileSize()));
        } else if (message.hasDocument() && message.getDocument().getMimeType() != null
                && message.getDocument().getMimeType().startsWith("video/")) {
            // a video sent as a file, which Telegram leaves uncompressed
            steps.userInput(chat, new Input.VideoSent(message.getDocument().getFileId(),
                    message.getDocument().getFileSize()));
        } else if (message.hasPhoto()) {
            steps.userInput(chat, new Input.PhotoSent(message.getPhoto().getLast().getFileId()));
        } else {
            outgoing.text(chat.userId(), null, texts.get(chat.userId(), "unsupported.message"),
                    menus.main(chat.userId()));
        }
    }

    private void onCallback(CallbackQuery query) {
        Integer messageId = query.getMessage() == null ? null : query.getMessage().getMessageId();
        Chat chat = chatOf(query.getFrom(), messageId);
        if (!router.tap(chat, query.getData())) {
            outgoing.text(chat.userId(), null, texts.get(chat.userId(), "unknown.button"), menus.main(chat.userId()));
        }
    }

    /**
     * Videos are made in private: a group would see everyone's scripts and credits. Only a message addressed to the
     * bot (a command, or a mention) gets the one-line hint, so the bot does not answer every line of a group.
     */
    private void groupHint(Message message) {
        if (message.hasText() && message.getText().startsWith("/")) {
            String language = message.getFrom().getLanguageCode() == null ? "en" : message.getFrom().getLanguageCode();
            outgoing.text(message.getChatId(), null, texts.in(language, "group.hint"), List.of());
        }
    }

    private Chat chatOf(User from, Integer messageId) {
        long userId = users.register(from.getId(), from.getUserName(), from.getFirstName(), from.getLanguageCode())
                .userId();
        return new Chat(userId, from.getFirstName(), messageId);
    }
}
