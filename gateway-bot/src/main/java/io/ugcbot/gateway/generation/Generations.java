package io.ugcbot.gateway.generation;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.MessageTypes;
import io.ugcbot.events.gateway.GenerationRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Generations {

    private final GenerationRepository generations;
    private final MessageCodec codec;
    private final Clock clock;

    Generations(GenerationRepository generations, MessageCodec codec, Clock clock) {
        this.generations = generations;
        this.codec = codec;
        this.clock = clock;
    }

    /** The dedup key of a generation's progress message, which later events edit. */
    public static String progressKey(UUID generationId) {
        return "progress:" + generationId;
    }

    public void requested(GenerationRequested request) {
        generations.save(row(request, clock.instant()));
    }

    /**
     * A generation's row from its request, when a replay rebuilds the history (the gateway writes it at the user's
     * confirmation otherwise, and never reads its own request back); one that exists is left as it is.
     */
    public void restore(GenerationRequested request, Instant requestedAt) {
        if (!generations.existsById(request.generationId())) {
            generations.save(row(request, requestedAt));
        }
    }

    private Generation row(GenerationRequested request, Instant at) {
        return new Generation(request.generationId(), request.userId(), request.characterId(), request.script(),
                request.cost(), codec.encode(request), at);
    }

    /** The request of the user's latest video that arrived: what /overlay makes again. */
    public Optional<GenerationRequested> lastDelivered(long userId) {
        return generations.findFirstByUserIdAndStatusAndRequestIsNotNullOrderByCreatedAtDesc(userId,
                        GenerationStatus.READY)
                .flatMap(generation -> codec.decode(MessageTypes.typeOf(GenerationRequested.class),
                        generation.request()))
                .map(GenerationRequested.class::cast);
    }

    public void moveTo(UUID generationId, GenerationStatus status) {
        generations.findById(generationId).ifPresent(generation -> generation.status(status, clock.instant()));
    }

    public void videoReady(UUID generationId, String bucket, String key, long durationMs) {
        generations.findById(generationId)
                .ifPresent(generation -> generation.videoReady(bucket, key, durationMs, clock.instant()));
    }
}
