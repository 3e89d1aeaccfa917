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

/**
 * The admin API with a key configured: no spelling of an admin path reaches a handler without the key, and the
 * canonical path works with it (so the refusals below are the guard's, not a broken endpoint's).
 */
@SpringBootTest(classes = CreditsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=credits-service", "credits.admin-api-key=the-admin-key",
                "ugc.kafka.partitions=3"})
@DirtiesContext
class AdminApiGuardIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
    }

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldRefuseEverySpellingOfAnAdminPathWithoutTheRightKey() throws Exception {
        long user = 7_100_001L;
        for (String key : new String[]{null, "wrong-key", "", "THE-ADMIN-KEY"}) {
            for (String path : AdminPaths.variants("totals")) {
                assertThat(AdminPaths.status(port, "GET", path, key, null)).as("GET %s key %s", path, key)
                        .isGreaterThanOrEqualTo(400);
            }
            for (String path : AdminPaths.variants("users/" + user + "/grants")) {
                assertThat(AdminPaths.status(port, "POST", path, key, AdminPaths.grantBody(1_000_000)))
                        .as("POST %s key %s", path, key).isGreaterThanOrEqualTo(400);
            }
            for (String path : AdminPaths.variants("users/" + user + "/balance")) {
                assertThat(AdminPaths.status(port, "GET", path, key, null)).as("GET %s key %s", path, key)
                        .isGreaterThanOrEqualTo(400);
            }
        }
        assertThat(jdbc.sql("select count(*) from account where user_id = ?").param(user).query(Long.class).single())
                .as("no probe created or credited the account").isZero();
    }

    @Test
    void shouldServeTheAdminApiWithTheRightKey() throws Exception {
        assertThat(AdminPaths.status(port, "GET", "/admin/totals", "the-admin-key", null)).isEqualTo(200);
        assertThat(AdminPaths.status(port, "POST", "/admin/users/7100002/grants", "the-admin-key",
                AdminPaths.grantBody(5))).isEqualTo(201);
    }
}
