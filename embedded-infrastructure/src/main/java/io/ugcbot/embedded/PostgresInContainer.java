package io.ugcbot.embedded;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Testcontainers' {@link PostgreSQLContainer} (the official {@code postgres} image, or one built to behave like it),
 * with fsync off and room for every service's connection pool, as the embedded server has. A password is set, as the
 * image requires; the services get it like any other setting.
 */
final class PostgresInContainer implements PostgresServer {

    private static final int POSTGRES_PORT = 5432;

    private final PostgreSQLContainer container;
    private final String password = "test-" + UUID.randomUUID();

    @SuppressWarnings("resource") // closed in close()
    PostgresInContainer(String image, int port, Map<String, String> settings) {
        List<String> command = new ArrayList<>(List.of("postgres", "-c", "fsync=off", "-c", "max_connections=300"));
        settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        container = new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName(DATABASE)
                .withUsername(USER)
                .withPassword(password);
        container.setCommand(command.toArray(String[]::new));
        if (port > 0) {
            container.withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(
                    new PortBinding(Ports.Binding.bindPort(port), new ExposedPort(POSTGRES_PORT))));
        }
        container.start();
    }

    @Override
    public int port() {
        return container.getMappedPort(POSTGRES_PORT);
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + port() + "/" + DATABASE);
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public void close() {
        container.stop();
    }
}
