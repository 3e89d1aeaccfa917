package io.ugcbot.edit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Character image edits from a text prompt. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class EditApplication {

    public static final String NAME = "edit-service";

    /** Reads {@code edit-service.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(EditApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
