package io.ugcbot.storage;

import io.ugcbot.kit.face.FaceDetector;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The asset catalog: who owns which file, for how long, and links to download it. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class StorageApplication {

    public static final String NAME = "storage-service";

    /** Reads {@code storage-service.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(StorageApplication.class).properties("spring.config.name=" + NAME);
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
