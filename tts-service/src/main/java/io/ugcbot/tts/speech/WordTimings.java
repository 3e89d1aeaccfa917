package io.ugcbot.tts.speech;

import io.ugcbot.events.WordTiming;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates when each word is spoken by sharing the measured duration out in proportion to word length (plus a little
 * per word for the pause). Good enough for subtitles from an engine that reports no alignment.
 */
final class WordTimings {

    private static final int PAUSE_WEIGHT = 2;

    private WordTimings() {
    }

    static List<WordTiming> estimate(String text, long durationMs) {
        String[] words = text.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        long totalWeight = 0;
        for (String word : words) {
            totalWeight += weight(word);
        }
        List<WordTiming> timings = new ArrayList<>(words.length);
        long spent = 0;
        for (String word : words) {
            long start = durationMs * spent / totalWeight;
            spent += weight(word);
            timings.add(new WordTiming(word, start, durationMs * spent / totalWeight));
        }
        return timings;
    }

    private static int weight(String word) {
        return word.codePointCount(0, word.length()) + PAUSE_WEIGHT;
    }
}
