package io.ugcbot.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * zonky's PostgreSQL binaries as a child process, with its defaults for an embedded server (fsync off): fine for a
 * local run and tests, not a production database. Trusts local connections, so the password is empty.
 */
final class PostgresInProcess implements PostgresServer {

    private final EmbeddedPostgres postgres;

    PostgresInProcess(Path dataDir, int port, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false);
        settings.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        postgres = builder.start();
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
