/** Real servers started in-process for the local run and the tests: a KRaft Kafka broker, PostgreSQL and S3Proxy.
 * Any module may use them in tests; local-stack uses them to run the product. */
package io.ugcbot.embedded;
