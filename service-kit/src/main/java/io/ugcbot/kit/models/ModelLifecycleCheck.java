package io.ugcbot.kit.models;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Asks each provider's model list about the configured model at start and then every {@code MODEL_CHECK_INTERVAL}:
 * missing, or past its shutdown date, makes it unavailable; a shutdown date within {@code MODEL_SHUTDOWN_WARNING_DAYS}
 * warns the admins (daily, until someone changes the model); otherwise the model is fine.
 */
public class ModelLifecycleCheck {

    private static final Logger log = LoggerFactory.getLogger(ModelLifecycleCheck.class);

    private final List<ModelCatalog> catalogs;
    private final ProviderModels models;
    private final int warningDays;
    private final Clock clock;

    public ModelLifecycleCheck(List<ModelCatalog> catalogs, ProviderModels models, int warningDays, Clock clock) {
        this.catalogs = catalogs;
        this.models = models;
        this.warningDays = warningDays;
        this.clock = clock;
        catalogs.forEach(catalog -> models.register(catalog.model()));
    }

    @Scheduled(initialDelayString = "${ugc.models.first-check-after}", fixedDelayString = "${ugc.models.check-interval}")
    public void checkAll() {
        catalogs.forEach(this::check);
    }

    void check(ModelCatalog catalog) {
        ProviderModel model = catalog.model();
        ModelLookup lookup;
        try {
            lookup = catalog.lookup();
        } catch (RuntimeException e) {
            log.warn("Could not ask {} about {}: {}", model.provider(), model.model(), e.getMessage());
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!lookup.listed()) {
            models.unavailable(model, "not on the provider's model list: " + lookup.detail());
        } else if (lookup.shutdownDate() != null && !lookup.shutdownDate().isAfter(today)) {
            models.unavailable(model, "shut down on " + lookup.shutdownDate() + ": " + lookup.detail());
        } else if (lookup.shutdownDate() != null && !lookup.shutdownDate().isAfter(today.plusDays(warningDays))) {
            models.retiring(model, lookup.shutdownDate(), lookup.detail());
        } else {
            models.listed(model, lookup.shutdownDate());
        }
    }
}
