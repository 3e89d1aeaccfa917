package io.ugcbot.events.ops;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A provider model one of our services is configured with is retired, unknown or about to shut down.
 *
 * @param service      the service that uses the model, e.g. {@code edit-service}
 * @param provider     {@code openai}, {@code fal}, {@code elevenlabs}
 * @param model        the model id as configured, e.g. {@code gpt-image-2.6-sunburst}
 * @param shutdownDate the date the provider lists for its shutdown, when it lists one
 * @param detail       the provider's own words (its error, or where the date came from), for the operator
 * @param observedAt   when the service saw it; the gateway alerts once per model, kind and UTC day of this
 */
public record ProviderModelAlert(String service, String provider, String model, ModelAlertKind kind,
                                 LocalDate shutdownDate, String detail, Instant observedAt) implements OpsAlert {

    public ProviderModelAlert {
        kind = kind == null ? ModelAlertKind.UNKNOWN : kind;
    }

    /** Not about a user: no Telegram id. */
    @Override
    public long userId() {
        return 0;
    }

    /** One model's alerts stay in order on one partition. */
    @Override
    public String key() {
        return provider + "/" + model;
    }

    @Override
    public String subject() {
        return key();
    }
}
