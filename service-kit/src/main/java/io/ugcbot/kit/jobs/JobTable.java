package io.ugcbot.kit.jobs;

import java.util.List;

/**
 * A table of queued work a service declares as a bean, so its depth is measured: {@code ugc.jobs{table,status}} counts
 * the rows in each of the given statuses (those still to be done) when Prometheus scrapes.
 */
public record JobTable(String table, List<String> activeStatuses) {

    /** The usual life cycle of {@link LeasedJobs}: waiting in QUEUED, worked on in RUNNING. */
    public static JobTable leased(String table) {
        return new JobTable(table, List.of("QUEUED", "RUNNING"));
    }
}
