/**
 * {@code bin/offsets}: where a service's consumer group stands on each partition, and moving it (to a time, to an
 * offset, or one past a poison record), a dry run unless {@code --execute}, like Kafka's
 * {@code kafka-consumer-groups --reset-offsets}. Kafka moves only a group with no live member: stop the service's
 * instances first.
 */
package io.ugcbot.ops.offsets;
