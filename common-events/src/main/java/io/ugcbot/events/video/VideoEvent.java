package io.ugcbot.events.video;

import io.ugcbot.events.Message;

/** What happens to a generation's video, on {@code video.events}. */
public sealed interface VideoEvent extends Message permits VideoProgress, VideoReady, VideoFailed {
}
