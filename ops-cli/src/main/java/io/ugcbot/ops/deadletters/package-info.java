/**
 * {@code bin/dlt}: what is in the dead-letter topics and why (the headers Spring Kafka's recoverer writes: the
 * exception, the original topic, partition, offset and consumer group), and sending chosen records back to their
 * topic once, as they were or with a corrected payload.
 */
package io.ugcbot.ops.deadletters;
