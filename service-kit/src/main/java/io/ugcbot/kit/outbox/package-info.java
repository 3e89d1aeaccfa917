/**
 * The transactional outbox: events are rows written in the same transaction as the state change that causes them, and a
 * relay sends them to Kafka after the commit. Never a Kafka send inside a database transaction.
 */
package io.ugcbot.kit.outbox;
