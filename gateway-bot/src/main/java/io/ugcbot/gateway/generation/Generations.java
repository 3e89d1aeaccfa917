package io.ugcbot.gateway.generation;

import io.ugcbot.events.gateway.GenerationRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Generations {

    private final GenerationRepository generations;
    private final Clock clock;

    Generations(GenerationRepository generations, Clock clock) {
        this.generations = generations;
        this.clock = clock;
    }

    /** The dedup key of a generation's progress message, which later events edit. */
    public static String progressKey(UUID generationId) {
        return "progress:" + generationId;
    }

    public void requested(GenerationRequested request) {
        generations.save(new Generation(request.generationId(), request.userId(), request.characterId(),
                request.script(), request.cost(), clock.instant()));
    }

    /**
     * A generation's row from its request, when a replay rebuilds the history (the gateway writes it at the user's
     * confirmation otherwise, and never reads its own request back); one that exists is left as it is.
     */
    public void restore(GenerationRequested request, Instant requestedAt) {
        if (!generations.existsById(request.generationId())) {
            generations.save(new Generation(request.generationId(), request.userId(), request.characterId(),
                    request.script(), request.cost(), requestedAt));
        }
    }

    public void moveTo(UUID generationId, GenerationStatus status) {
        generations.findById(generationId).ifPresent(generation -> generation.status(status, clock.instant()));
    }

    public void videoReady(UUID generationId, String bucket, String key, long durationMs) {
        generations.findById(generationId)
                .ifPresent(generation -> generation.videoReady(bucket, key, durationMs, clock.instant()));
    }
}
