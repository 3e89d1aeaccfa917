package io.ugcbot.kit.models;

/**
 * A provider's list of models, where the provider has one (OpenAI's {@code GET /v1/models/{id}} with shutdown dates,
 * ElevenLabs' {@code GET /v1/models}): asked about the configured model at start and daily. A bean of this type is
 * all a service declares; {@link ModelLifecycleCheck} does the asking.
 */
public interface ModelCatalog {

    ProviderModel model();

    /** Throws when the provider could not be asked (network, 5xx): nothing is concluded then, and the next check asks again. */
    ModelLookup lookup();
}
