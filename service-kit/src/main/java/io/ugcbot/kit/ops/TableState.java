package io.ugcbot.kit.ops;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link SubjectState} read from one of the service's own tables: by a generation or request id (a UUID) and, when
 * given, by a user id (the newest few rows). Each row names the table it came from.
 *
 * @param byId   a query with a {@code :id} uuid parameter, or null when the table is not looked up by id
 * @param byUser a query with a {@code :user} bigint parameter, or null when the table is not looked up by user
 */
public record TableState(JdbcClient jdbc, String table, String byId, String byUser) implements SubjectState {

    @Override
    public List<Map<String, Object>> describe(String subject) {
        Optional<UUID> id = uuid(subject);
        if (id.isPresent()) {
            return byId == null ? List.of() : rows(jdbc.sql(byId).param("id", id.get()));
        }
        if (byUser != null && subject.matches("\\d{1,19}")) {
            return rows(jdbc.sql(byUser).param("user", Long.parseLong(subject)));
        }
        return List.of();
    }

    private List<Map<String, Object>> rows(JdbcClient.StatementSpec statement) {
        return statement.query().listOfRows().stream().map(row -> {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("table", table);
            row.forEach((column, value) -> named.put(column, value == null ? null : String.valueOf(value)));
            return named;
        }).toList();
    }

    private static Optional<UUID> uuid(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
