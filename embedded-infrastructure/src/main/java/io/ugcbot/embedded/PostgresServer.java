package io.ugcbot.embedded;

import javax.sql.DataSource;
import java.util.Map;

/** One PostgreSQL server with a database named {@code postgres} owned by {@code postgres}, wherever it runs. */
interface PostgresServer extends AutoCloseable {

    String DATABASE = "postgres";
    String USER = "postgres";

    /** The port on this machine's loopback. */
    int port();

    String password();

    /** A direct connection, for a test's own looks into the database. */
    DataSource dataSource();

    @Override
    void close();

    /**
     * @param port     a fixed port (0: any free one)
     * @param settings server settings ({@code name=value} as with {@code postgres -c})
     */
    static PostgresServer start(Servers servers, java.nio.file.Path dataDir, int port, Map<String, String> settings)
            throws Exception {
        return servers == Servers.CONTAINERS
                ? new PostgresInContainer(ServerChoice.postgresImage(), port, settings)
                : new PostgresInProcess(dataDir, port, settings);
    }
}
