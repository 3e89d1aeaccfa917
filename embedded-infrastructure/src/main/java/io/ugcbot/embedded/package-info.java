/**
 * Real servers the project starts itself, for the local run and the tests: a KRaft Kafka broker, PostgreSQL and
 * S3Proxy. Kafka and PostgreSQL run in this JVM (and a child process) or, where a Docker engine runs, as containers
 * Testcontainers manages; {@link io.ugcbot.embedded.ServerChoice} is the one place that decides which for tests.
 */
package io.ugcbot.embedded;
