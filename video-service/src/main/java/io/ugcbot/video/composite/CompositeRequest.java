package io.ugcbot.video.composite;

import io.ugcbot.events.WordTiming;

import java.nio.file.Path;
import java.util.List;

/**
 * @param faceX    where the face is in the talking head, as a fraction of its width (0.5 = centre)
 * @param faceY    the same for its height
 */
public record CompositeRequest(Path background, Path talkingHead, Path audio, List<WordTiming> words,
                               SubtitleStyle style, double faceX, double faceY, Path workDir) {
}
