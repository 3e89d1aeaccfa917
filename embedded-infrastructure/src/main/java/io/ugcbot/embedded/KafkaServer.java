package io.ugcbot.embedded;

/** One KRaft broker (and its controller), wherever it runs. */
interface KafkaServer extends AutoCloseable {

    String bootstrapServers();

    /** Takes the broker away as a crash or restart would; it comes back on the same address with the same data. */
    void stopBroker();

    /** Brings the broker back and returns once it serves requests. */
    void startBroker() throws Exception;

    @Override
    void close();

    static KafkaServer start(Servers servers) {
        return servers == Servers.CONTAINERS ? new KafkaInContainer(ServerChoice.kafkaImage()) : new KafkaInProcess();
    }
}
