package io.ugcbot.kit.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** Gauges of each declared job table's depth per status; an operator alerts on work that piles up or stays RUNNING. */
public class JobQueueMetrics {

    public JobQueueMetrics(List<JobTable> tables, JdbcClient jdbc, MeterRegistry meters) {
        for (JobTable table : tables) {
            for (String status : table.activeStatuses()) {
                Gauge.builder("ugc.jobs", () -> jdbc.sql("select count(*) from " + table.table()
                                + " where status = :status").param("status", status).query(Long.class).single())
                        .description("jobs in this status").tag("table", table.table()).tag("status", status)
                        .register(meters);
            }
        }
    }
}
