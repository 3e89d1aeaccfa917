package io.ugcbot.gateway.conversation;

import io.ugcbot.gateway.chat.Action;

import java.util.UUID;

/** Everything that can move a conversation: the user's taps, texts and files, services' answers, the clock. */
public sealed interface Input {

    /** A button of the video's steps or the navigation; the argument is already checked against the catalog. */
    record Tapped(Action action, String argument) implements Input {
        public static Tapped of(Action action) {
            return new Tapped(action, "");
        }
    }

    record Typed(String text) implements Input {
    }

    /** A video (or a video sent as a file); {@code sizeBytes} as Telegram reports it, null when it does not. */
    record VideoSent(String fileId, Long sizeBytes) implements Input {
    }

    record PhotoSent(String fileId) implements Input {
    }

    /** A service's answer to the request {@code requestId}; {@code payload} is what the session keeps of it (JSON). */
    record Answer(AnswerKind kind, UUID requestId, String payload) implements Input {
        public Answer(AnswerKind kind, UUID requestId) {
            this(kind, requestId, null);
        }
    }

    /**
     * /overlay: the user's last video, to be made again over a clip. JSON as the session keeps it: the image, the
     * speech (a SpeechSynthesized) and the clip (null when the last video had none).
     */
    record OverlayAgain(String characterId, String characterImage, String script, String speech, String clip)
            implements Input {
    }

    /** The video an imported clip was waiting for was refused by the hourly limit before it was asked for. */
    record Withdrawn() implements Input {
    }

    /** The clock: a busy chat past its deadline moves on. */
    record Overdue() implements Input {
    }

    enum AnswerKind {
        SPEECH_READY, SPEECH_TOO_LONG, SPEECH_FAILED,
        EDIT_DONE, EDIT_FAILED,
        CLIP_IMPORTED, CLIP_REJECTED,
        /** The user's photo has a face; the payload is the portrait made of it. */
        PHOTO_ACCEPTED, PHOTO_REJECTED,
        /** The video was delivered, or failed and its credits came back: either way this conversation is over. */
        VIDEO_ENDED,
        /** The video was never paid for (not enough credits): the same speech may be confirmed again. */
        VIDEO_REFUSED
    }
}
