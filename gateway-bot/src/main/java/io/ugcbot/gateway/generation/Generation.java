package io.ugcbot.gateway.generation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One video a user asked for; history and download links are built from these rows. */
@Entity
@Table(name = "generation")
public class Generation {

    @Id
    private UUID generationId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private GenerationStatus status;
    private String characterId;
    private String script;
    private int cost;
    private String videoBucket;
    private String videoKey;
    private Long videoDurationMs;
    private Instant createdAt;
    private Instant updatedAt;

    protected Generation() {
    }

    Generation(UUID generationId, long userId, String characterId, String script, int cost, Instant now) {
        this.generationId = generationId;
        this.userId = userId;
        this.characterId = characterId;
        this.script = script;
        this.cost = cost;
        this.status = GenerationStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public GenerationStatus status() {
        return status;
    }

    void status(GenerationStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    void videoReady(String bucket, String key, long durationMs, Instant now) {
        videoBucket = bucket;
        videoKey = key;
        videoDurationMs = durationMs;
        status(GenerationStatus.READY, now);
    }
}
