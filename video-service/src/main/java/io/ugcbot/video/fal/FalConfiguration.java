package io.ugcbot.video.fal;

import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.kit.face.FaceDetector;
import io.ugcbot.video.render.OfflineTalkingHeadRenderer;
import io.ugcbot.video.render.TalkingHeadRenderer;
import io.ugcbot.kit.models.ProviderModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/** fal OmniHuman when {@code FAL_KEY} is set, the offline renderer otherwise; the log says which (never the key). */
@Configuration
class FalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FalConfiguration.class);

    @Bean
    FalRequests falRequests(JdbcClient jdbc) {
        return new FalRequests(jdbc);
    }

    @Bean
    FalWakeUps falWakeUps() {
        return new FalWakeUps();
    }

    @Bean
    TalkingHeadRenderer talkingHeadRenderer(VideoProperties properties, FalRequests requests, FalWakeUps wakeUps,
                                            FaceDetector faces, ProviderModels models, Clock clock) {
        if (properties.fal() != null && properties.fal().configured()) {
            FalTalkingHeadRenderer fal = new FalTalkingHeadRenderer(properties.fal(), properties.render(),
                    new FalQueue(properties.fal().queue()), requests, wakeUps, models, clock);
            log.info("Talking-head renderer: {}", fal.name());
            return fal;
        }
        log.info("Talking-head renderer: offline (portrait animated locally; set FAL_KEY for fal OmniHuman)");
        return new OfflineTalkingHeadRenderer(properties, faces);
    }
}
