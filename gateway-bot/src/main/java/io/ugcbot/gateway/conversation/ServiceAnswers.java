package io.ugcbot.gateway.conversation;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.events.storage.FileRejected;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SpeechRejected;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.conversation.Input.Answer;
import io.ugcbot.gateway.conversation.Input.AnswerKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.telegram.MessageKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Services' answers to the conversation's requests (speech, edits, imports, the video's end), applied as inputs: only
 * the answer the chat waits for moves it (the rules ignore an older request's), and only then is the user told.
 * Replies are keyed by the request, so a replayed answer sends nothing twice.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ServiceAnswers {

    private final ChatSessions sessions;
    private final CreationSteps steps;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final Keyboards keyboards;
    private final MessageCodec codec;

    ServiceAnswers(ChatSessions sessions, CreationSteps steps, Outgoing outgoing, Texts texts, Menus menus,
                   Keyboards keyboards, MessageCodec codec) {
        this.sessions = sessions;
        this.steps = steps;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.keyboards = keyboards;
        this.codec = codec;
    }

    public void speechSynthesized(SpeechSynthesized event) {
        if (moved(event.userId(), new Answer(AnswerKind.SPEECH_READY, event.requestId(), codec.encode(event)))) {
            outgoing.media(event.userId(), MessageKind.AUDIO, "speech:" + event.requestId(), event.audio(),
                    texts.get(event.userId(), "speech.ready", seconds(event.durationMs())),
                    keyboards.reviewSpeech(event.userId(), sessions.lock(event.userId()).hasClip()));
        }
    }

    public void speechRejected(SpeechRejected event) {
        if (!moved(event.userId(), new Answer(AnswerKind.SPEECH_TOO_LONG, event.requestId()))) {
            return;
        }
        long userId = event.userId();
        long percent = Math.max(1, Math.round(100.0 * (event.durationMs() - event.limitMs()) / event.durationMs()));
        if (event.fittingPacePercent() > 0) {
            outgoing.text(userId, "speech:" + event.requestId(), texts.get(userId, "speech.too.long.pace",
                    seconds(event.durationMs()), seconds(event.limitMs()), percent, event.fittingPacePercent()),
                    keyboards.fasterOrShorter(userId, event.fittingPacePercent()));
            return;
        }
        outgoing.text(userId, "speech:" + event.requestId(), texts.get(userId, "speech.too.long",
                seconds(event.durationMs()), seconds(event.limitMs()), percent), menus.navigation(userId));
    }

    public void speechFailed(SpeechFailed event) {
        if (moved(event.userId(), new Answer(AnswerKind.SPEECH_FAILED, event.requestId()))) {
            outgoing.text(event.userId(), "speech:" + event.requestId(), texts.get(event.userId(), "speech.failed",
                    texts.failure(event.userId(), event.failure())), menus.navigation(event.userId()));
        }
    }

    public void imageEdited(ImageEdited event) {
        String image = codec.json().writeValueAsString(event.image());
        if (moved(event.userId(), new Answer(AnswerKind.EDIT_DONE, event.requestId(), image))) {
            outgoing.media(event.userId(), MessageKind.PHOTO, "edit:" + event.requestId(), event.image(),
                    texts.get(event.userId(), event.standIn() ? "edit.done.stand.in" : "edit.done",
                            texts.editNames(event.userId(), event.appliedEdits())),
                    keyboards.editedCharacter(event.userId()));
        }
    }

    public void imageEditFailed(ImageEditFailed event) {
        if (moved(event.userId(), new Answer(AnswerKind.EDIT_FAILED, event.requestId()))) {
            outgoing.text(event.userId(), "edit:" + event.requestId(), texts.get(event.userId(), "edit.failed",
                    texts.failure(event.userId(), event.failure())), keyboards.editFailed(event.userId()));
        }
    }

    /**
     * The clip is in: the video starts (the rules' START_GENERATION, carried out by {@link CreationSteps}), or, for a
     * clip chosen at the start, the character comes next.
     */
    public void fileImported(FileImported event) {
        AnswerKind kind = event.purpose() == FilePurpose.CHARACTER_IMAGE ? AnswerKind.PHOTO_ACCEPTED
                : AnswerKind.CLIP_IMPORTED;
        moved(event.userId(), new Answer(kind, event.requestId(), codec.json().writeValueAsString(event.asset())));
    }

    /** A refused upload: a photo (the chat is checking one) back to the choice of character, a clip to another clip. */
    public void fileRejected(FileRejected event) {
        ChatSession session = sessions.lock(event.userId());
        boolean photo = session.state() == ChatState.CHECKING_PHOTO;
        if (moved(event.userId(), new Answer(photo ? AnswerKind.PHOTO_REJECTED : AnswerKind.CLIP_REJECTED,
                event.requestId()))) {
            outgoing.text(event.userId(), "import:" + event.requestId(), texts.get(event.userId(),
                    photo ? "photo.rejected" : "background.rejected", texts.failure(event.userId(), event.failure())),
                    photo ? keyboards.genders(event.userId(), !session.hasClip()) : steps.clipKeyboard(session));
        }
    }

    /** Delivered, or failed with the credits back: the chat is free (what the user sees is the generation's part). */
    public void videoEnded(long userId, UUID generationId) {
        moved(userId, new Answer(AnswerKind.VIDEO_ENDED, generationId));
    }

    /** Never paid for: the user is back at the same speech and may confirm again. */
    public void videoRefused(long userId, UUID generationId) {
        moved(userId, new Answer(AnswerKind.VIDEO_REFUSED, generationId));
    }

    /** True when the chat waited for this answer and moved on it. */
    private boolean moved(long userId, Answer answer) {
        return steps.answer(sessions.lock(userId), answer).step() != Step.NONE
                || answer.kind() == AnswerKind.VIDEO_ENDED || answer.kind() == AnswerKind.VIDEO_REFUSED;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
