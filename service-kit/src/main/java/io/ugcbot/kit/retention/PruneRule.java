package io.ugcbot.kit.retention;

/**
 * Rows of {@code table} that may go once old: {@code condition} is an SQL boolean over the table's columns (alias
 * {@code t}) with the parameter {@code :cutoff}, the instant before which a row is old. Table and condition are
 * constants of the service's, never input.
 */
public record PruneRule(String table, String condition) {
}
