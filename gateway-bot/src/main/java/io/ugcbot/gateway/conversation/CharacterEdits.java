package io.ugcbot.gateway.conversation;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.Ids;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.limits.PaidCall;
import io.ugcbot.gateway.limits.PaidCallLimit;
import io.ugcbot.gateway.catalog.CharacterCatalog;
import io.ugcbot.gateway.outgoing.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Editing the chosen character with a prompt (flow 2): each edit starts from the current image, so edits chain; the
 * result is shown with Use it / Edit again / Back to original, and the video is made from whichever image is current.
 */
@Service
public class CharacterEdits {

    /** Providers accept far longer prompts; a description longer than this was almost surely pasted by mistake. */
    static final int MAX_PROMPT_CHARACTERS = 800;

    private final ChatSessions sessions;
    private final CharacterCatalog characters;
    private final OutboxWriter outbox;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final MessageCodec codec;
    private final Clock clock;
    private final PaidCallLimit paidCalls;
    private final int maxPaidCallsPerHour;

    CharacterEdits(ChatSessions sessions, CharacterCatalog characters, OutboxWriter outbox, Outgoing outgoing,
                   Texts texts, Menus menus, MessageCodec codec, Clock clock, PaidCallLimit paidCalls,
                   GatewayProperties properties) {
        this.paidCalls = paidCalls;
        this.maxPaidCallsPerHour = properties.maxPaidCallsPerHour();
        this.sessions = sessions;
        this.characters = characters;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.codec = codec;
        this.clock = clock;
    }

    /** The image the video will be made from: the last edit, or the demo portrait. Null without a character. */
    AssetRef currentImage(ChatSession session) {
        if (session.characterImage() != null) {
            return codec.json().readValue(session.characterImage(), AssetRef.class);
        }
        return session.characterId() == null ? null
                : characters.find(session.characterId()).map(characters::portrait).orElse(null);
    }

    void askForPrompt(long userId) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.CHOOSING_VOICE) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        session.moveTo(ChatState.WAITING_EDIT_PROMPT, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "edit.prompt"), List.of());
    }

    /** True when the text was the prompt of an edit (the session waited for one). */
    boolean onText(long userId, String prompt) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.WAITING_EDIT_PROMPT) {
            return false;
        }
        if (prompt.length() > MAX_PROMPT_CHARACTERS) {
            outgoing.text(userId, null, texts.get(userId, "edit.prompt.too.long", prompt.length(),
                    MAX_PROMPT_CHARACTERS), List.of());
            return true;
        }
        Optional<Duration> wait = paidCalls.tryCount(userId, PaidCall.EDIT);
        if (wait.isPresent()) {
            outgoing.text(userId, null, texts.get(userId, "limit.reached", maxPaidCallsPerHour,
                    Math.max(1, (wait.get().toSeconds() + 59) / 60)), menus.main(userId));
            session.moveTo(ChatState.CHOOSING_VOICE, clock.instant());
            return true;
        }
        UUID requestId = Ids.next();
        outbox.append(new EditImage(requestId, userId, currentImage(session), prompt));
        session.editRequested(requestId, clock.instant());
        outgoing.text(userId, null, texts.get(userId, "editing"), menus.cancel(userId));
        return true;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void edited(ImageEdited event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.characterImageChanged(codec.json().writeValueAsString(event.image()), clock.instant());
        outgoing.media(event.userId(), MessageKind.PHOTO, "edit:" + event.requestId(), event.image(),
                texts.get(event.userId(), event.standIn() ? "edit.done.stand.in" : "edit.done",
                        String.join(", ", event.appliedEdits())),
                menus.editedCharacter(event.userId()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(ImageEditFailed event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.moveTo(ChatState.CHOOSING_VOICE, clock.instant());
        outgoing.text(event.userId(), "edit:" + event.requestId(),
                texts.get(event.userId(), "edit.failed", texts.failure(event.userId(), event.failure())), menus.editFailed(event.userId()));
    }

    /** Drops every edit: the demo portrait again, shown so the user sees what they go back to. */
    void backToOriginal(long userId) {
        ChatSession session = sessions.lock(userId);
        if (session.state() != ChatState.CHOOSING_VOICE || session.characterImage() == null) {
            outgoing.text(userId, null, texts.get(userId, "nothing.to.do"), menus.main(userId));
            return;
        }
        session.characterImageChanged(null, clock.instant());
        outgoing.media(userId, MessageKind.PHOTO, null, currentImage(session),
                texts.get(userId, "edit.original"), menus.editedCharacter(userId));
    }

    private ChatSession awaiting(long userId, UUID requestId) {
        ChatSession session = sessions.lock(userId);
        boolean current = session.state() == ChatState.EDITING && requestId.equals(session.editRequestId());
        return current ? session : null;
    }
}
