package io.ugcbot.kit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings every service shares ({@code ugc.*}), defaulted for the local run in {@code ugc-kit-defaults.properties}.
 *
 * @param schema the service's own PostgreSQL schema; its Flyway migrations live in {@code db/<schema>}
 */
@Validated
@ConfigurationProperties("ugc")
public record KitProperties(@NotBlank String schema, Kafka kafka, S3 s3, Outbox outbox, Retention retention,
                            Models models) {

    /**
     * @param partitions partitions of every topic this service creates: the most instances of one service that share work
     * @param retryBackoff    the first wait before a failed record is delivered again; it doubles after each failure
     * @param maxRetryBackoff the longest wait between deliveries of a failing record (there is no limit on their
     *                        number: only unprocessable records go to {@code <topic>.dlt})
     */
    public record Kafka(@Min(1) int partitions, @Min(1) short replicationFactor, @NotNull Duration retryBackoff,
                        @NotNull Duration maxRetryBackoff) {
    }

    /**
     * Object storage. {@code pathStyle} is needed by S3Proxy and MinIO. Keys come from the environment only.
     *
     * @param publicEndpoint where users and providers reach the same storage ({@code S3_PUBLIC_ENDPOINT}); presigned
     *                       links are signed for it, since a link to an internal host name works for nobody outside.
     *                       Empty: the endpoint itself
     */
    public record S3(@NotBlank String endpoint, @NotBlank String region, @NotBlank String bucket, String accessKey,
                     String secretKey, boolean pathStyle, String publicEndpoint) {

        public String presignEndpoint() {
            return publicEndpoint == null || publicEndpoint.isBlank() ? endpoint : publicEndpoint;
        }
    }

    /**
     * @param records       how long inbox claims, sent messages and finished jobs are kept; keep it above the topics'
     *                      retention, since a replay is harmless only while the inbox remembers what it applied
     * @param sweepInterval how often old rows are deleted
     */
    public record Retention(@NotNull Duration records, @NotNull Duration sweepInterval) {
    }

    /** How often the relay looks for unsent rows when nothing woke it, and how many it sends per transaction. */
    public record Outbox(Duration pollInterval, @Min(1) int batchSize) {
    }

    /**
     * @param firstCheckAfter    when the configured models are first looked up on the providers' lists after start
     * @param checkInterval      how often they are looked up again
     * @param shutdownWarningDays how many days before a listed shutdown date the admins are warned (daily)
     */
    public record Models(@NotNull Duration firstCheckAfter, @NotNull Duration checkInterval,
                         @Min(0) int shutdownWarningDays) {
    }
}
