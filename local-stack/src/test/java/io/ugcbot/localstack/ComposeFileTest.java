package io.ugcbot.localstack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment file an operator starts from: no secret with a default an attacker could guess, the object
 * storage's console not published, and links signed for a public storage address the operator must name.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?error}} and the forms without the colon. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY)$");

    @Test
    void shouldGiveNoSecretADefault() throws IOException {
        Matcher variables = VARIABLE.matcher(Files.readString(COMPOSE));
        int secrets = 0;
        while (variables.find()) {
            String name = variables.group(1);
            String operator = variables.group(2);
            String value = variables.group(3);
            if (SECRET.matcher(name).matches()) {
                secrets++;
                boolean required = operator != null && operator.endsWith("?");
                boolean optionalAndEmpty = operator != null && operator.endsWith("-") && value.isEmpty();
                assertThat(required || optionalAndEmpty).as("%s must be required or empty, not %s", name,
                        variables.group()).isTrue();
            }
        }
        assertThat(secrets).as("secrets found in the file").isGreaterThan(5);
        assertThat(Files.readString(COMPOSE)).contains("DATABASE_PASSWORD:?", "S3_SECRET_KEY:?", "S3_ACCESS_KEY:?",
                "S3_PUBLIC_ENDPOINT:?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPublishNeitherTheStorageNorItsConsole() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> minio = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("minio");

        assertThat(minio).doesNotContainKey("ports");
        assertThat(String.valueOf(minio.get("command"))).doesNotContain("console-address");
    }
}
