package io.ugcbot.gateway.conversation;

/** Where a user is in making a video. */
public enum ChatState {
    IDLE,
    CHOOSING_GENDER,
    CHOOSING_CHARACTER,
    CHOOSING_VOICE,
    WAITING_SCRIPT,
    SYNTHESIZING,
    REVIEWING_SPEECH,
    GENERATING;

    /** While speech or a video is being made, a new choice would be confusing; the user is asked to wait. */
    boolean isBusy() {
        return this == SYNTHESIZING || this == GENERATING;
    }
}
