/** Readiness beyond the database: whether the Kafka cluster answers. */
package io.ugcbot.kit.health;
