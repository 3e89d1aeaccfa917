/**
 * The one-command local run: real Kafka (KRaft), PostgreSQL and S3 servers started in-process, the six services in
 * one JVM (each its own Spring context, schema and consumer group), and a Telegram emulator when no bot token is given.
 */
package io.ugcbot.localstack;
