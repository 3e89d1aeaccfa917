package io.ugcbot.tts.speech;

import io.ugcbot.events.WordTiming;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordTimingsTest {

    @Test
    void shouldCoverTheWholeSpeechInOrderWithoutGaps() {
        List<WordTiming> timings = WordTimings.estimate("Привет, это  наш новый кофе", 2_000);

        assertThat(timings).extracting(WordTiming::word).containsExactly("Привет,", "это", "наш", "новый", "кофе");
        assertThat(timings.getFirst().startMs()).isZero();
        assertThat(timings.getLast().endMs()).isEqualTo(2_000);
        for (int i = 1; i < timings.size(); i++) {
            assertThat(timings.get(i).startMs()).isEqualTo(timings.get(i - 1).endMs());
        }
    }

    @Test
    void shouldGiveLongerWordsMoreTime() {
        List<WordTiming> timings = WordTimings.estimate("a extraordinary", 1_000);

        assertThat(timings.get(1).endMs() - timings.get(1).startMs())
                .isGreaterThan(timings.get(0).endMs() - timings.get(0).startMs());
    }

    @Test
    void shouldReturnNothingForABlankScript() {
        assertThat(WordTimings.estimate("   ", 1_000)).isEmpty();
    }
}
