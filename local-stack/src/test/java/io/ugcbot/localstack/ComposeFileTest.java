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

    /**
     * Every variable the README's configuration table names reaches the services it names in the compose file (passed
     * on from the shell when set there). PORT and MANAGEMENT_PORT stay the services' defaults: the containers' ports
     * are what the compose file, the healthchecks and Prometheus rely on.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldPassEveryConfigurationVariableOfTheReadmeToItsService() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Deploying"));
        Map<String, String> services = Map.of("gateway", "gateway-bot", "credits", "credits-service",
                "tts", "tts-service", "edit", "edit-service", "video", "video-service", "storage", "storage-service");
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> composeServices = (Map<String, Object>) compose.get("services");
        java.util.List<String> missing = new java.util.ArrayList<>();
        int checked = 0;
        for (String row : table.lines().filter(line -> line.startsWith("| `")).toList()) {
            String[] columns = row.split("\\|");
            String where = columns[2].strip();
            java.util.Collection<String> targets = where.equals("all") || where.equals("each") ? services.values()
                    : java.util.Arrays.stream(where.split(",")).map(String::strip).filter(services::containsKey)
                    .map(services::get).toList();
            Matcher names = Pattern.compile("`([A-Z0-9_]+)`").matcher(columns[1]);
            while (names.find()) {
                String name = names.group(1);
                if (name.equals("PORT") || name.equals("MANAGEMENT_PORT")) {
                    continue;
                }
                for (String service : targets) {
                    Map<String, Object> environment = (Map<String, Object>)
                            ((Map<String, Object>) composeServices.get(service)).get("environment");
                    checked++;
                    if (!environment.containsKey(name)) {
                        missing.add(service + " " + name);
                    }
                }
            }
        }
        assertThat(checked).as("variables checked").isGreaterThan(100);
        assertThat(missing).as("README variables the compose file does not pass on").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldTakeEveryImageFromAVariableThatDefaultsToTheOfficialOne() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        services.forEach((name, definition) -> {
            Object image = ((Map<String, Object>) definition).get("image");
            if (image != null) {
                assertThat(image.toString()).as(name).matches("\\$\\{[A-Z_]+_IMAGE:-[a-z0-9./-]+:[a-z0-9.-]+}");
            }
        });
        assertThat(Files.readString(COMPOSE)).contains("JRE_IMAGE: ${JRE_IMAGE:-eclipse-temurin:21-jre}");
    }
}
