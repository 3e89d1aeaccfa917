package io.ugcbot.credits.admin;

import io.ugcbot.credits.CreditsApplication;
import io.ugcbot.credits.support.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With no key configured the admin API is closed: whatever key a request brings, however the path is spelled. */
@SpringBootTest(classes = CreditsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=credits-service", "credits.admin-api-key=", "ugc.kafka.partitions=3"})
@DirtiesContext
class AdminApiWithoutKeyIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
    }

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldRefuseEveryAdminRequestWhenNoKeyIsConfigured() throws Exception {
        long user = 7_200_001L;
        for (String key : new String[]{null, "", "any-key"}) {
            for (String path : AdminPaths.variants("totals")) {
                assertThat(AdminPaths.status(port, "GET", path, key, null)).as("GET %s key %s", path, key)
                        .isGreaterThanOrEqualTo(400);
            }
            for (String path : AdminPaths.variants("users/" + user + "/grants")) {
                assertThat(AdminPaths.status(port, "POST", path, key, AdminPaths.grantBody(1_000_000)))
                        .as("POST %s key %s", path, key).isGreaterThanOrEqualTo(400);
            }
        }
        assertThat(jdbc.sql("select count(*) from account where user_id = ?").param(user).query(Long.class).single())
                .isZero();
    }
}
