package io.ugcbot.gateway.chat;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot's words: both languages say everything, and every failure code has its words in each. */
class TextsTest {

    private final Texts texts = new Texts(messageSource(), null);

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        assertThat(bundle("gateway-messages_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("gateway-messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(FailureCode.class)
    void everyFailureCodeIsWordedInEachLanguage(FailureCode code) throws IOException {
        for (String file : new String[] {"gateway-messages.properties", "gateway-messages_ru.properties"}) {
            assertThat(bundle(file).getProperty("failure." + code.name())).as("%s in %s", code, file).isNotBlank();
        }
    }

    @Test
    void figuresAreWrittenTheWayEachLanguageWritesNumbers() {
        Failure tooLong = Failure.of(FailureCode.CLIP_TOO_LONG, 18.24, 15);

        assertThat(texts.failureIn("en", tooLong)).isEqualTo("the clip is 18.2 s long, and at most 15 s fit");
        assertThat(texts.failureIn("ru", tooLong)).isEqualTo("ролик длится 18,2 с, а можно не дольше 15 с");
    }

    @Test
    void creditsAreCountedInTheRightNumber() {
        assertThat(texts.in("en", "credits.captured", 1, 9)).isEqualTo("💳 1 credit spent. Balance: 9.");
        assertThat(texts.in("en", "credits.captured", 3, 7)).isEqualTo("💳 3 credits spent. Balance: 7.");
        assertThat(texts.in("en", "credits.released.FAILED", 1, 10)).contains("Your credit is back.");
        assertThat(texts.in("en", "credits.released.FAILED", 3, 10)).contains("Your 3 credits are back.");
    }

    @Test
    void anApostropheReachesTheChatOnceWhetherOrNotTheTextHasArguments() {
        assertThat(texts.in("en", "nothing.to.do")).contains("Let's start").doesNotContain("''");
        assertThat(texts.in("en", "speech.too.long.pace", 16, 15, 10, 90)).contains("voice's pace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway-messages.properties", "gateway-messages_ru.properties"})
    void noTextHasALoneApostropheThatMessageFormatWouldSwallow(String file) throws IOException {
        Properties bundle = bundle(file);
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key))
                .as(key).doesNotContainPattern("(?<!')'(?!')"));
    }

    @Test
    void aFailureFromBeforeCodesIsStillWorded() {
        assertThat(texts.failureIn("ru", Failure.unknown())).isEqualTo("что-то пошло не так");
    }

    private static ResourceBundleMessageSource messageSource() {
        // as Spring Boot configures it from spring.messages in gateway-bot.yml
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("gateway-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TextsTest.class.getClassLoader().getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
