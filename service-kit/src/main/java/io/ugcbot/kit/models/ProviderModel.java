package io.ugcbot.kit.models;

/** A model as a service is configured to call it: {@code openai} / {@code gpt-image-2.6-sunburst}. */
public record ProviderModel(String provider, String model) {

    @Override
    public String toString() {
        return provider + " " + model;
    }
}
