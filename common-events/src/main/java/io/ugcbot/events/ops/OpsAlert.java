package io.ugcbot.events.ops;

import io.ugcbot.events.Message;

/** Alerts for the team, on {@code ops.alerts}. */
public sealed interface OpsAlert extends Message permits ProviderModelAlert {
}
