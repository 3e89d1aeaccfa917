package io.ugcbot.video.composite;

import io.ugcbot.video.VideoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compositor encodes with the same x264 settings as the renderer. */
@Configuration
class CompositeConfiguration {

    @Bean
    BackgroundCompositor backgroundCompositor(VideoProperties properties) {
        return new BackgroundCompositor(properties.render().preset(), properties.render().crf());
    }
}
