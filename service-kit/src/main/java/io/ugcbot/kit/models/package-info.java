/**
 * The provider models a service is configured to call, and what is known of them: a model the provider answered is
 * missing or retired ({@link io.ugcbot.kit.models.ProviderModels#unavailable}), one with a shutdown date on the
 * provider's list ({@link io.ugcbot.kit.models.ModelLifecycleCheck}, at start and daily). The admins hear of each
 * through {@code ops.alerts} (once per model, kind and day), the service's health lists them all, and a metric says
 * which are usable. Providers retire models on a schedule; without this, a retired model looks like any failure.
 */
package io.ugcbot.kit.models;
