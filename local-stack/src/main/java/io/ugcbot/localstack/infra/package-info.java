/** Real servers started in-process for the local run and the tests: a KRaft Kafka broker, PostgreSQL and S3Proxy. */
package io.ugcbot.localstack.infra;
