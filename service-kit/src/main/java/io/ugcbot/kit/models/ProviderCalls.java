package io.ugcbot.kit.models;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times every call to a provider (or an offline engine standing for one): {@code ugc.provider.calls{provider,model,
 * outcome}}, outcome {@code ok} or what the failure was (a failure code, or the exception's name), with a latency
 * histogram for percentiles.
 */
public class ProviderCalls {

    private final MeterRegistry meters;

    public ProviderCalls(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Runs {@code call}; {@code outcomeOf} names a failure for the tag (it is rethrown as it came). */
    public <T> T timed(ProviderModel model, Supplier<T> call, Function<RuntimeException, String> outcomeOf) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            return call.get();
        } catch (RuntimeException e) {
            outcome = outcomeOf.apply(e);
            throw e;
        } finally {
            sample.stop(Timer.builder("ugc.provider.calls").description("calls to providers and offline engines")
                    .tag("provider", model.provider()).tag("model", model.model()).tag("outcome", outcome)
                    .publishPercentileHistogram().register(meters));
        }
    }
}
