package io.ugcbot.events.gateway;

/** The two kinds of video: the talking head full frame, or as a circle over the user's own background clip. */
public enum VideoFormat {
    TALKING_HEAD,
    BACKGROUND_OVERLAY
}
