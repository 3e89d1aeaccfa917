package io.ugcbot.gateway.outgoing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramLimitsTest {

    @Test
    void shouldLeaveATextWithinTheLimitWhole() {
        assertThat(TelegramLimits.split("short", TelegramLimits.TEXT)).containsExactly("short");
    }

    @Test
    void shouldSplitALongTextAtWordBreaksIntoPartsTelegramTakes() {
        String text = "word ".repeat(2000).strip();

        List<String> parts = TelegramLimits.split(text, TelegramLimits.TEXT);

        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(part -> assertThat(part).startsWith("word").endsWith("word"));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void shouldPreferALineBreakAndNeverSplitAnEmoji() {
        String lines = "a".repeat(900) + "\n" + "b".repeat(300);
        assertThat(TelegramLimits.split(lines, TelegramLimits.CAPTION)).containsExactly("a".repeat(900),
                "b".repeat(300));

        String emojis = "😀".repeat(600);
        List<String> parts = TelegramLimits.split(emojis, TelegramLimits.CAPTION);
        assertThat(parts).allSatisfy(part -> assertThat(part.codePoints().allMatch(cp -> cp == "😀".codePointAt(0)))
                .isTrue());
        assertThat(String.join("", parts)).isEqualTo(emojis);
    }

    @Test
    void shouldCutAnEditWithAnEllipsis() {
        assertThat(TelegramLimits.cut("x".repeat(5000), TelegramLimits.TEXT)).hasSize(4096).endsWith("…");
    }
}
