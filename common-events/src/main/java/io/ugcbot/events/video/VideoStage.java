package io.ugcbot.events.video;

/** The stages a render goes through, in order. */
public enum VideoStage {
    QUEUED,
    RENDERING,
    COMPOSITING,
    STORING
}
