package io.ugcbot.gateway.conversation;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.gateway.admin.AdminCommands;
import io.ugcbot.gateway.credits.CreditStatement;
import io.ugcbot.gateway.credits.TopUpRequests;
import io.ugcbot.gateway.feedback.FeedbackDesk;
import io.ugcbot.gateway.generation.History;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.users.Users;
import io.ugcbot.kit.inbox.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Applies one Telegram update: its id is claimed in the inbox in the same transaction as the state change and the
 * replies, so an update delivered twice (a crash before getUpdates confirmed it, a webhook retry) does nothing twice.
 */
@Service
public class Conversation {

    private static final String CONSUMER = "telegram-updates";

    private final Inbox inbox;
    private final Users users;
    private final CreationFlow flow;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final BackgroundUploads backgrounds;
    private final CharacterEdits edits;
    private final History history;
    private final AdminCommands admin;
    private final CreditStatement statement;
    private final FeedbackDesk feedback;
    private final TopUpRequests topUps;

    Conversation(Inbox inbox, Users users, CreationFlow flow, Outgoing outgoing, Texts texts, Menus menus,
                 BackgroundUploads backgrounds, CharacterEdits edits, History history, AdminCommands admin,
                 CreditStatement statement, FeedbackDesk feedback, TopUpRequests topUps) {
        this.topUps = topUps;
        this.statement = statement;
        this.feedback = feedback;
        this.admin = admin;
        this.history = history;
        this.backgrounds = backgrounds;
        this.edits = edits;
        this.inbox = inbox;
        this.users = users;
        this.flow = flow;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Transactional
    public void handle(Update update) {
        UUID updateId = UUID.nameUUIDFromBytes(("update:" + update.getUpdateId()).getBytes(StandardCharsets.UTF_8));
        if (!inbox.claim(CONSUMER, updateId)) {
            return;
        }
        if (update.hasMessage() && update.getMessage().hasText()) {
            onText(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            onCallback(update.getCallbackQuery());
        } else if (update.hasMessage() && video(update.getMessage()) != null) {
            long userId = register(update.getMessage().getFrom());
            VideoFile video = video(update.getMessage());
            backgrounds.received(userId, video.fileId(), video.size());
        } else if (update.hasMessage()) {
            long userId = register(update.getMessage().getFrom());
            outgoing.text(userId, null, texts.get(userId, "unsupported.message"), menus.main(userId));
        }
    }

    private void onText(Message message) {
        long userId = register(message.getFrom());
        String text = message.getText().strip();
        if (admin.handle(userId, text)) {
            return;
        }
        switch (text.split("[\\s@]", 2)[0]) {
            case "/start" -> flow.start(userId, message.getFrom().getFirstName());
            case "/balance" -> statement.show(userId);
            case "/history" -> history.show(userId);
            case "/feedback" -> feedback.ask(userId);
            case "/help" -> outgoing.text(userId, null, texts.get(userId, "help"), menus.main(userId));
            default -> {
                if (!feedback.onText(userId, message.getFrom().getFirstName(), text)
                        && !edits.onText(userId, text)) {
                    flow.onText(userId, text);
                }
            }
        }
    }

    private void onCallback(CallbackQuery query) {
        long userId = register(query.getFrom());
        String data = query.getData() == null ? "" : query.getData();
        if (data.equals(Callbacks.CREATE)) {
            flow.chooseGender(userId);
        } else if (data.equals(Callbacks.CANCEL)) {
            flow.cancel(userId);
        } else if (data.equals(Callbacks.BALANCE)) {
            statement.show(userId);
        } else if (data.equals(Callbacks.TOP_UP)) {
            topUps.request(userId, query.getFrom().getFirstName());
        } else if (data.equals(Callbacks.FEEDBACK)) {
            feedback.ask(userId);
        } else if (data.equals(Callbacks.HISTORY)) {
            history.show(userId);
        } else if (data.startsWith(History.AGAIN)) {
            history.sendAgain(userId, data.substring(History.AGAIN.length()));
        } else if (data.startsWith(History.LINK)) {
            history.requestLink(userId, data.substring(History.LINK.length()));
        } else if (data.startsWith(Callbacks.GENDER)) {
            flow.showCharacters(userId, data.substring(Callbacks.GENDER.length()));
        } else if (data.startsWith(Callbacks.CHARACTER)) {
            flow.chooseCharacter(userId, data.substring(Callbacks.CHARACTER.length()));
        } else if (data.startsWith(Callbacks.LISTEN)) {
            flow.playVoicePreview(userId, data.substring(Callbacks.LISTEN.length()));
        } else if (data.startsWith(Callbacks.VOICE)) {
            flow.chooseVoice(userId, data.substring(Callbacks.VOICE.length()));
        } else if (data.equals(Callbacks.EDIT)) {
            edits.askForPrompt(userId);
        } else if (data.equals(Callbacks.ORIGINAL)) {
            edits.backToOriginal(userId);
        } else if (data.equals(Callbacks.USE_CHARACTER)) {
            flow.useCharacter(userId);
        } else if (data.equals(Callbacks.BACKGROUND)) {
            flow.askForBackground(userId);
        } else if (data.equals(Callbacks.CONFIRM)) {
            flow.confirm(userId, Orientation.PORTRAIT);
        } else if (data.startsWith(Callbacks.CONFIRM_AS) && orientation(data).isPresent()) {
            flow.confirm(userId, orientation(data).get());
        } else if (data.equals(Callbacks.RETEXT)) {
            flow.askForScript(userId);
        } else if (data.startsWith(Callbacks.PACE)) {
            flow.speakFaster(userId, data.substring(Callbacks.PACE.length()));
        } else {
            outgoing.text(userId, null, texts.get(userId, "unknown.button"), menus.main(userId));
        }
    }

    /** The frame a {@code confirm-as:} button names; empty for one this build does not know. */
    private static java.util.Optional<Orientation> orientation(String data) {
        String name = data.substring(Callbacks.CONFIRM_AS.length());
        return java.util.Arrays.stream(Orientation.values()).filter(o -> o.name().equals(name)).findFirst();
    }

    private record VideoFile(String fileId, Long size) {
    }

    /** A video message, or a video sent as a file (which Telegram leaves uncompressed). */
    private static VideoFile video(Message message) {
        if (message.hasVideo()) {
            return new VideoFile(message.getVideo().getFileId(), message.getVideo().getFileSize());
        }
        if (message.hasDocument() && message.getDocument().getMimeType() != null
                && message.getDocument().getMimeType().startsWith("video/")) {
            return new VideoFile(message.getDocument().getFileId(), message.getDocument().getFileSize());
        }
        return null;
    }

    private long register(User from) {
        return users.register(from.getId(), from.getUserName(), from.getFirstName(), from.getLanguageCode()).userId();
    }
}
