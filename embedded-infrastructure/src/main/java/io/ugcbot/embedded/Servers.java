package io.ugcbot.embedded;

/** Where Kafka and PostgreSQL run. S3 is always S3Proxy in this JVM: it is light and has no container counterpart here. */
public enum Servers {
    /** A KRaft broker in this JVM and PostgreSQL as a child process (zonky's binaries): no Docker needed. */
    EMBEDDED,
    /** Kafka and PostgreSQL as containers Testcontainers manages, from the images {@link ServerChoice} names. */
    CONTAINERS
}
