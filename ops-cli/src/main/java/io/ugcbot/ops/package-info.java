/**
 * {@code ops-cli}: one command-line tool, a verb per job, for developers and operators (picocli). It talks to the
 * product only as any client would: Kafka through its protocol, each service through its management port's
 * {@code /actuator/replay} and {@code /actuator/subjects} endpoints, never another service's tables. It takes the broker
 * and the services' addresses from the same environment variables the services read ({@link io.ugcbot.ops.OpsSettings}).
 */
package io.ugcbot.ops;
