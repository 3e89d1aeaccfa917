package io.ugcbot.gateway.generation;

import io.ugcbot.events.AssetRef;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


import java.time.Instant;
import java.util.Optional;
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
    /** The request as sent, JSON; null for rows older than the column. */
    private String request;

    protected Generation() {
    }

    Generation(UUID generationId, long userId, String characterId, String script, int cost, String request,
               Instant now) {
        this.request = request;
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

    String request() {
        return request;
    }

    UUID id() {
        return generationId;
    }

    long userId() {
        return userId;
    }

    String script() {
        return script;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The finished video, as far as the read model knows it (Telegram keeps it by key once sent). */
    Optional<AssetRef> video() {
        return videoKey == null ? Optional.empty()
                : Optional.of(new AssetRef(videoBucket, videoKey, "video/mp4", 0, ""));
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
