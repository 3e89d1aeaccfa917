package io.ugcbot.localstack;

import io.ugcbot.embedded.Infrastructure;
import io.ugcbot.embedded.OutageProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;

/**
 * The local run's Kafka on a port people and tools can count on: {@code KAFKA_PORT}, 9092 by default (where compose's
 * broker and every tool's default look). The in-process broker takes a free port (spring-kafka-test's KRaft kit binds
 * its own), so a relay listens on the fixed one. A client only bootstraps through it: the broker's metadata then names
 * its real port on this machine, which the client reaches directly, so kcat and {@code bin/trace} work with their
 * defaults. When the port is taken, the broker's own address is the one to use, and it is printed.
 */
final class FixedKafkaPort {

    private static final Logger log = LoggerFactory.getLogger(FixedKafkaPort.class);

    private FixedKafkaPort() {
    }

    /** The address to print and give tools: {@code localhost:<KAFKA_PORT>}, or the broker's own when that is taken. */
    static String open(Infrastructure infrastructure) {
        String direct = infrastructure.kafkaBootstrapServers();
        int port = Integer.parseInt(System.getenv().getOrDefault("KAFKA_PORT", "9092"));
        int brokerPort = Integer.parseInt(direct.substring(direct.lastIndexOf(':') + 1));
        try {
            // lives as long as the JVM: the relay's threads are daemons and the broker goes with the process
            new OutageProxy("kafka-bootstrap", brokerPort, port);
            return "localhost:" + port;
        } catch (UncheckedIOException e) {
            log.warn("Port {} is taken (KAFKA_PORT); Kafka is at {} only", port, direct);
            return direct;
        }
    }
}
