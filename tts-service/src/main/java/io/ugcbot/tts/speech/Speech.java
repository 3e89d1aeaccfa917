package io.ugcbot.tts.speech;

import io.ugcbot.events.WordTiming;

import java.nio.file.Path;
import java.util.List;

/**
 * What an engine produced: the audio file and, when the engine reports an alignment, when each word is spoken
 * (null otherwise, and the timings are estimated from the measured duration).
 */
public record Speech(Path audio, List<WordTiming> wordTimings) {
}
