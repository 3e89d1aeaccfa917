package io.ugcbot.video;

import io.ugcbot.kit.face.FaceDetector;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Talking-head rendering as persisted jobs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VideoApplication {

    public static final String NAME = "video-service";

    /** Reads {@code video-service.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(VideoApplication.class).properties("spring.config.name=" + NAME);
    }

    /** One face detector for the service: OpenCV's classifier is loaded once and serialises its calls. */
    @Bean
    FaceDetector faceDetector() {
        return new FaceDetector();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
