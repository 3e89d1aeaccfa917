package io.ugcbot.gateway.generation;

public enum GenerationStatus {
    REQUESTED,
    RESERVED,
    REJECTED,
    READY,
    FAILED
}
