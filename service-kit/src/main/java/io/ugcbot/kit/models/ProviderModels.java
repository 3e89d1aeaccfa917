package io.ugcbot.kit.models;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * What this service knows of the provider models it calls, as health ({@code providerModels}: each model's condition,
 * since when and why; {@code DEGRADED} while one is unavailable, which leaves the service's own status alone), as the
 * gauge {@code ugc.provider.model.usable}, and as alerts on {@code ops.alerts}: one per model, kind and UTC day from
 * this instance (the gateway keeps it to one per day for all instances together).
 */
public class ProviderModels implements HealthIndicator {

    /** An unavailable model is tried again after this long: an operator may have fixed the account meanwhile. */
    public static final Duration RECHECK_AFTER = Duration.ofHours(1);

    static final Status DEGRADED = new Status("DEGRADED", "a configured provider model is unavailable");

    private static final Logger log = LoggerFactory.getLogger(ProviderModels.class);

    public enum Condition {
        /** Configured, not asked about yet, no call has said otherwise. */
        CONFIGURED,
        /** On the provider's list without a shutdown date close enough to warn about, or a call worked. */
        AVAILABLE,
        /** On the provider's list with a shutdown date within the warning period. */
        RETIRING,
        /** The provider says it is missing or retired. */
        UNAVAILABLE
    }

    public record State(Condition condition, Instant since, LocalDate shutdownDate, String detail) {
    }

    private final ConcurrentMap<ProviderModel, State> states = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LocalDate> alerted = new ConcurrentHashMap<>();
    private final Consumer<ProviderModelAlert> alerts;
    private final MeterRegistry meters;
    private final String service;
    private final Clock clock;

    /** {@code alerts} records an alert for sending (through the outbox, in a transaction of its own). */
    public ProviderModels(Consumer<ProviderModelAlert> alerts, MeterRegistry meters, String service, Clock clock) {
        this.alerts = alerts;
        this.meters = meters;
        this.service = service;
        this.clock = clock;
    }

    /** A model this service is configured with: listed in health from the start. */
    public void register(ProviderModel model) {
        if (states.putIfAbsent(model, new State(Condition.CONFIGURED, clock.instant(), null, "")) == null) {
            Gauge.builder("ugc.provider.model.usable", () -> unavailable(model) ? 0 : 1)
                    .description("0 while the provider says the model is gone (until a call or a check says otherwise)")
                    .tag("provider", model.provider()).tag("model", model.model())
                    .register(meters);
        }
    }

    /** The provider answered that the model is missing or retired. */
    public void unavailable(ProviderModel model, String detail) {
        register(model);
        State before = states.put(model, new State(Condition.UNAVAILABLE, clock.instant(), null, detail));
        if (before == null || before.condition() != Condition.UNAVAILABLE) {
            log.error("Provider model {} is unavailable: {}", model, detail);
        }
        alertOncePerDay(model, ModelAlertKind.UNAVAILABLE, null, detail);
    }

    /** The provider lists a shutdown date close enough to warn about. */
    public void retiring(ProviderModel model, LocalDate shutdownDate, String detail) {
        register(model);
        states.put(model, new State(Condition.RETIRING, clock.instant(), shutdownDate, detail));
        log.warn("Provider model {} shuts down on {}: {}", model, shutdownDate, detail);
        alertOncePerDay(model, ModelAlertKind.SHUTDOWN_SCHEDULED, shutdownDate, detail);
    }

    /** On the provider's list, its shutdown (if any) far off. */
    public void listed(ProviderModel model, LocalDate shutdownDate) {
        register(model);
        states.put(model, new State(Condition.AVAILABLE, clock.instant(), shutdownDate, "on the provider's list"));
    }

    /** A call to the model worked: whatever was said of it before no longer holds. */
    public void worked(ProviderModel model) {
        State state = states.get(model);
        if (state == null || state.condition() == Condition.UNAVAILABLE || state.condition() == Condition.CONFIGURED) {
            register(model);
            states.put(model, new State(Condition.AVAILABLE, clock.instant(), null, "a call worked"));
        }
    }

    /** False for {@link #RECHECK_AFTER} after the provider said the model is gone: callers skip it meanwhile. */
    public boolean usable(ProviderModel model) {
        State state = states.get(model);
        return state == null || state.condition() != Condition.UNAVAILABLE
                || state.since().plus(RECHECK_AFTER).isBefore(clock.instant());
    }

    private boolean unavailable(ProviderModel model) {
        State state = states.get(model);
        return state != null && state.condition() == Condition.UNAVAILABLE;
    }

    public Map<ProviderModel, State> states() {
        return Map.copyOf(states);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean degraded = false;
        for (var entry : states.entrySet()) {
            State state = entry.getValue();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("condition", state.condition().name());
            detail.put("since", state.since().toString());
            if (state.shutdownDate() != null) {
                detail.put("shutdownDate", state.shutdownDate().toString());
            }
            if (!state.detail().isBlank()) {
                detail.put("detail", state.detail());
            }
            details.put(entry.getKey().toString(), detail);
            degraded |= state.condition() == Condition.UNAVAILABLE;
        }
        return Health.status(degraded ? DEGRADED : Status.UP).withDetails(details).build();
    }

    private void alertOncePerDay(ProviderModel model, ModelAlertKind kind, LocalDate shutdownDate, String detail) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String key = kind + " " + model;
        if (today.equals(alerted.put(key, today))) {
            return;
        }
        try {
            alerts.accept(new ProviderModelAlert(service, model.provider(), model.model(), kind, shutdownDate,
                    detail, now));
        } catch (RuntimeException e) {
            // the database is away: the next occurrence tries again
            alerted.remove(key, today);
            log.warn("The alert about {} could not be recorded: {}", model, e.getMessage());
        }
    }
}
