package io.ugcbot.video.composite;

import io.ugcbot.events.WordTiming;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssSubtitlesTest {

    private static final List<WordTiming> WORDS = List.of(new WordTiming("Fresh", 0, 400),
            new WordTiming("coffee", 400, 900), new WordTiming("every", 900, 1300), new WordTiming("{morning}", 1300, 2000),
            new WordTiming("again", 2000, 2600));

    @Test
    void shouldShowAFewWordsAtATimeForAsLongAsTheyAreSpoken() {
        String ass = AssSubtitles.build(WORDS, SubtitleStyle.PLAIN, 1080, 1920, 330);

        assertThat(ass).contains("PlayResX: 1080", "PlayResY: 1920")
                .contains("Dialogue: 0,0:00:00.00,0:00:01.30,Default,,0,0,0,,Fresh coffee every")
                .contains("Dialogue: 0,0:00:01.30,0:00:02.60,Default,,0,0,0,,(morning) again");
    }

    @Test
    void shouldHighlightEachWordWhileItIsSpoken() {
        String ass = AssSubtitles.build(WORDS, SubtitleStyle.WORD_HIGHLIGHT, 1080, 1920, 330);

        assertThat(ass).contains("Dialogue: 0,0:00:00.40,0:00:00.90,Default,,0,0,0,,"
                + "Fresh {\\c&H00FFFF&}coffee{\\c&HFFFFFF&} every");
        assertThat(ass.lines().filter(line -> line.startsWith("Dialogue:"))).hasSize(5);
    }

    @Test
    void shouldWriteTimesInCentiseconds() {
        assertThat(AssSubtitles.time(3_723_450)).isEqualTo("1:02:03.45");
    }
}
