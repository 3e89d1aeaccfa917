package io.ugcbot.embedded;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** spring-kafka-test's KRaft broker in this JVM, on a free port (the kit cannot take a fixed one). */
final class KafkaInProcess implements KafkaServer {

    private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);

    KafkaInProcess() {
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBrokersAsString();
    }

    /** The broker only: the controller stays up, as a broker restart in a cluster leaves it. */
    @Override
    public void stopBroker() {
        var brokers = kafka.getCluster().brokers().values();
        brokers.forEach(broker -> broker.shutdown());
        brokers.forEach(broker -> broker.awaitShutdown());
    }

    /** Back on the port it first bound: the kit's broker keeps its listeners across a restart. */
    @Override
    public void startBroker() throws Exception {
        kafka.getCluster().brokers().values().forEach(broker -> broker.startup());
        kafka.getCluster().waitForReadyBrokers();
    }

    @Override
    public void close() {
        kafka.destroy();
    }
}
