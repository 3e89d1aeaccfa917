package io.ugcbot.gateway.conversation;

import io.ugcbot.events.Ids;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.conversation.Input.Answer;
import io.ugcbot.gateway.conversation.Input.Tapped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * One user's conversation, persisted so a restart or another gateway instance picks it up where it was. The state
 * changes in one way only: {@link #apply}, which asks {@link ChatRules} and keeps what the input carried (the chosen
 * character, the script, a request's id). {@code speech} is the SpeechSynthesized payload under review, as JSON;
 * {@code characterImage} the edited image as JSON, null for the catalog's portrait.
 */
@Entity
@Table(name = "chat_session")
public class ChatSession implements ChatRules.Facts {

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
    private String galleryGender;
    private int galleryPage;
    private String orientation;
    private boolean pendingBackground;
    /** The user's own photo as the character (the portrait made of it, an AssetRef as JSON). */
    private String ownPhoto;
    /** The clip imported at the start of creation, an AssetRef as JSON; null when none was chosen first. */
    private String clip;
    /** Survives the end of a video: the voice gallery opens on it next time. */
    private String lastVoiceId;
    private Instant busyUntil;
    private Instant updatedAt;
    /** Only while {@link #apply} runs: the instant "overdue" is judged at. */
    private transient Instant judgedAt;

    protected ChatSession() {
    }

    ChatSession(long userId) {
        this.userId = userId;
        this.state = ChatState.IDLE;
    }

    /** Moves the chat as the rules say for {@code input}, keeps what the input carried, and says what follows. */
    public Outcome apply(Input input, ChatRules rules, Instant now) {
        judgedAt = now;
        Outcome outcome = rules.decide(this, input);
        keep(input, outcome);
        if (outcome.next() == ChatState.IDLE && state != ChatState.IDLE || isCreate(input)) {
            forget();
        }
        state = outcome.next();
        busyUntil = state.isBusy() ? now.plus(state.deadline()) : null;
        updatedAt = now;
        return outcome;
    }

    private void keep(Input input, Outcome outcome) {
        String argument = input instanceof Tapped tapped ? tapped.argument() : "";
        switch (outcome.step()) {
            case SHOW_CHARACTERS, TURN_CHARACTER_PAGE -> {
                if (input instanceof Tapped tapped && tapped.action() == Action.GENDER) {
                    galleryGender = argument;
                    galleryPage = 0;
                } else if (input instanceof Tapped tapped && tapped.action() == Action.PAGE) {
                    galleryPage = Gallery.pageOf(argument);
                }
            }
            case SHOW_VOICES -> {
                if (input instanceof Tapped tapped && tapped.action() == Action.CHARACTER) {
                    characterId = argument;
                    characterImage = null;
                }
                galleryPage = 0;
            }
            case TURN_VOICE_PAGE -> galleryPage = Gallery.pageOf(argument);
            case REQUEST_EDIT -> editRequestId = Ids.next();
            case SHOW_EDITED -> characterImage = ((Answer) input).payload();
            case SHOW_ORIGINAL -> characterImage = null;
            case ASK_SCRIPT -> {
                if (input instanceof Tapped tapped && tapped.action() == Action.VOICE) {
                    voiceId = argument;
                    lastVoiceId = argument;
                }
            }
            case REQUEST_SPEECH -> {
                if (input instanceof Input.Typed typed) {
                    script = typed.text();
                }
                speechRequestId = Ids.next();
                speech = null;
            }
            case SHOW_SPEECH -> speech = ((Answer) input).payload();
            case ASK_OVERLAY_CLIP -> {
                Input.OverlayAgain again = (Input.OverlayAgain) input;
                forget();
                characterId = again.characterId();
                characterImage = again.characterImage();
                script = again.script();
                speech = again.speech();
                clip = again.clip();
                pendingBackground = true;
            }
            case ASK_COST_CONFIRMATION, ASK_BACKGROUND, START_GENERATION -> {
                if (input instanceof Tapped tapped && EnumSet.of(Action.CONFIRM, Action.CONFIRM_AS, Action.BACKGROUND)
                        .contains(tapped.action())) {
                    pendingBackground = tapped.action() == Action.BACKGROUND;
                    orientation = tapped.action() == Action.CONFIRM_AS ? argument : null;
                }
                if (outcome.step() == Step.START_GENERATION) {
                    generationId = Ids.next();
                }
            }
            case REQUEST_IMPORT, REQUEST_PHOTO_IMPORT -> importRequestId = Ids.next();
            case SHOW_OWN_PHOTO -> {
                characterId = OWN_PHOTO;
                ownPhoto = ((Answer) input).payload();
                characterImage = null;
                galleryPage = 0;
            }
            case CLIP_KEPT -> clip = ((Answer) input).payload();
            default -> {
                // nothing to keep
            }
        }
    }

    private static boolean isCreate(Input input) {
        return input instanceof Tapped tapped && tapped.action() == Action.CREATE;
    }

    private void forget() {
        characterId = null;
        characterImage = null;
        editRequestId = null;
        voiceId = null;
        script = null;
        speechRequestId = null;
        speech = null;
        generationId = null;
        importRequestId = null;
        galleryGender = null;
        galleryPage = 0;
        orientation = null;
        pendingBackground = false;
        clip = null;
        ownPhoto = null;
    }

    public long userId() {
        return userId;
    }

    @Override
    public ChatState state() {
        return state;
    }

    @Override
    public boolean hasCharacter() {
        return characterId != null;
    }

    @Override
    public boolean hasEditedImage() {
        return characterImage != null;
    }

    @Override
    public boolean hasScript() {
        return script != null;
    }

    @Override
    public boolean hasSpeech() {
        return speech != null;
    }

    @Override
    public boolean pendingBackground() {
        return pendingBackground;
    }

    /** The character id of a user's own photo: not in the catalog, its image is {@link #ownPhoto()}. */
    static final String OWN_PHOTO = "own-photo";

    String ownPhoto() {
        return ownPhoto;
    }

    @Override
    public boolean hasClip() {
        return clip != null;
    }

    String clip() {
        return clip;
    }

    @Override
    public boolean awaits(UUID requestId) {
        UUID awaited = switch (state) {
            case SYNTHESIZING -> speechRequestId;
            case EDITING -> editRequestId;
            case IMPORTING_BACKGROUND, CHECKING_PHOTO -> importRequestId;
            case GENERATING -> generationId;
            default -> null;
        };
        return requestId.equals(awaited);
    }

    /** Busy past the state's deadline (or with none recorded): the answer it waits for was lost, or is very late. */
    @Override
    public boolean overdue() {
        Instant now = judgedAt == null ? Instant.now() : judgedAt;
        return state.isBusy() && (busyUntil == null || !now.isBefore(busyUntil));
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

    UUID importRequestId() {
        return importRequestId;
    }

    UUID editRequestId() {
        return editRequestId;
    }

    String characterImage() {
        return characterImage;
    }

    String galleryGender() {
        return galleryGender;
    }

    int galleryPage() {
        return galleryPage;
    }

    String lastVoiceId() {
        return lastVoiceId;
    }

    /** The frame the user confirmed, null for portrait. */
    String orientation() {
        return orientation;
    }
}
