package io.ugcbot.gateway.conversation;

import java.time.Duration;

/** Where a user is in making a video; {@link ChatRules} says how each input moves it. */
public enum ChatState {
    IDLE,
    CHOOSING_GENDER,
    /** The character gallery is open, on the page the session keeps. */
    CHOOSING_CHARACTER,
    /** The voice gallery is open; the character may still be edited from here. */
    CHOOSING_VOICE,
    /** The user is describing a change to the character's image. */
    WAITING_EDIT_PROMPT,
    /** edit-service is making the change. */
    EDITING,
    WAITING_SCRIPT,
    SYNTHESIZING,
    REVIEWING_SPEECH,
    /** The video costs at least the high-cost threshold: a second "yes" is awaited. */
    CONFIRMING_COST,
    /** The speech is confirmed for the background format; the user's clip is awaited. */
    WAITING_BACKGROUND,
    /** storage-service is fetching and checking the user's clip. */
    IMPORTING_BACKGROUND,
    /** storage-service is fetching the user's photo and looking for a face in it. */
    CHECKING_PHOTO,
    GENERATING;

    /** While speech, a clip or a video is being made, a new choice would be confusing; the user is asked to wait. */
    public boolean isBusy() {
        return this == SYNTHESIZING || this == EDITING || this == IMPORTING_BACKGROUND || this == CHECKING_PHOTO
                || this == GENERATING;
    }

    /**
     * How long the chat waits in this busy state for its answer before it moves on by itself (the answer may have been
     * lost): generous beside what the work takes (speech seconds, an edit or an import a minute or two, a render up to
     * fal's 30-minute limit), so only a lost answer reaches it.
     */
    Duration deadline() {
        return switch (this) {
            case SYNTHESIZING -> Duration.ofMinutes(3);
            case EDITING, IMPORTING_BACKGROUND, CHECKING_PHOTO -> Duration.ofMinutes(10);
            case GENERATING -> Duration.ofMinutes(45);
            default -> Duration.ZERO;
        };
    }
}
