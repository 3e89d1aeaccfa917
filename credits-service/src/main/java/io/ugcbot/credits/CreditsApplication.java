package io.ugcbot.credits;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The credits ledger: grants, reservations and their settlement. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CreditsApplication {

    public static final String NAME = "credits-service";

    /** Reads {@code credits-service.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CreditsApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
