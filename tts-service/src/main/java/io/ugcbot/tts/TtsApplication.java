package io.ugcbot.tts;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Speech synthesis with a voice catalog and the duration limit. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TtsApplication {

    public static final String NAME = "tts-service";

    /** Reads {@code tts-service.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(TtsApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
