/**
 * What every service shares, wired by {@link io.ugcbot.kit.ServiceKitAutoConfiguration}: the transactional outbox,
 * the idempotent inbox, Kafka and S3 plumbing and health. Services depend on it; it knows nothing about them.
 */
package io.ugcbot.kit;
