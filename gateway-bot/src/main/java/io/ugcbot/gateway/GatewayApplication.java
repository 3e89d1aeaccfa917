package io.ugcbot.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Telegram edge: conversations in, commands out, events back to the user. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static final String NAME = "gateway-bot";

    /** Reads {@code gateway-bot.yml}, so the six services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(GatewayApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
