package io.ugcbot.gateway.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One user's conversation, persisted so a restart or another gateway instance picks it up where it was.
 * {@code speech} is the SpeechSynthesized payload the user is reviewing, as JSON.
 */
@Entity
@Table(name = "chat_session")
public class ChatSession {

    @Id
    private long userId;
    @Enumerated(EnumType.STRING)
    private ChatState state;
    private String characterId;
    private String voiceId;
    private String script;
    private UUID speechRequestId;
    private String speech;
    private UUID generationId;
    private UUID importRequestId;
    private String characterImage;
    private UUID editRequestId;
    private Instant busyUntil;
    private Instant updatedAt;

    protected ChatSession() {
    }

    ChatSession(long userId) {
        this.userId = userId;
        this.state = ChatState.IDLE;
    }

    public long userId() {
        return userId;
    }

    public ChatState state() {
        return state;
    }

    String characterId() {
        return characterId;
    }

    String voiceId() {
        return voiceId;
    }

    String script() {
        return script;
    }

    UUID speechRequestId() {
        return speechRequestId;
    }

    String speech() {
        return speech;
    }

    public UUID generationId() {
        return generationId;
    }

    void reset(Instant now) {
        moveTo(ChatState.IDLE, now);
        characterId = null;
        characterImage = null;
        editRequestId = null;
        voiceId = null;
        script = null;
        speechRequestId = null;
        speech = null;
        generationId = null;
    }

    void moveTo(ChatState next, Instant now) {
        state = next;
        busyUntil = next.isBusy() ? now.plus(next.deadline()) : null;
        updatedAt = now;
    }

    /** Waiting for an answer that may still come; past its deadline (or with none recorded) the chat moves on. */
    boolean isBusyAt(Instant now) {
        return state.isBusy() && busyUntil != null && now.isBefore(busyUntil);
    }

    void chooseCharacter(String id, Instant now) {
        characterId = id;
        characterImage = null;
        moveTo(ChatState.CHOOSING_VOICE, now);
    }

    /** The edited character image as JSON, or null while the demo portrait is used. */
    String characterImage() {
        return characterImage;
    }

    UUID editRequestId() {
        return editRequestId;
    }

    void editRequested(UUID requestId, Instant now) {
        editRequestId = requestId;
        moveTo(ChatState.EDITING, now);
    }

    /** {@code imageJson} null goes back to the demo portrait. */
    void characterImageChanged(String imageJson, Instant now) {
        characterImage = imageJson;
        moveTo(ChatState.CHOOSING_VOICE, now);
    }

    void chooseVoice(String id, Instant now) {
        voiceId = id;
        moveTo(ChatState.WAITING_SCRIPT, now);
    }

    void speechRequested(String text, UUID requestId, Instant now) {
        script = text;
        speechRequestId = requestId;
        speech = null;
        moveTo(ChatState.SYNTHESIZING, now);
    }

    void speechReady(String speechJson, Instant now) {
        speech = speechJson;
        moveTo(ChatState.REVIEWING_SPEECH, now);
    }

    UUID importRequestId() {
        return importRequestId;
    }

    void backgroundImporting(UUID requestId, Instant now) {
        importRequestId = requestId;
        moveTo(ChatState.IMPORTING_BACKGROUND, now);
    }

    void generationStarted(UUID id, Instant now) {
        generationId = id;
        moveTo(ChatState.GENERATING, now);
    }
}
