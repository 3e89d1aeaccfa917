package io.ugcbot.events.ops;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What is wrong with a provider model. */
public enum ModelAlertKind {
    /** A kind this reader does not know yet (from a newer producer). */
    @JsonEnumDefaultValue
    UNKNOWN,
    /** The provider answered that the model does not exist or is retired: calls to it fail until someone acts. */
    UNAVAILABLE,
    /** The provider lists a shutdown date for the model: it still works, and will stop on that date. */
    SHUTDOWN_SCHEDULED
}
