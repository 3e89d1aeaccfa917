package io.ugcbot.kit.models;

import java.time.LocalDate;

/**
 * What a provider's model list says of one model: listed (with the shutdown date it gives, if any) or missing.
 *
 * @param detail where the answer came from, in the provider's words, for the operator
 */
public record ModelLookup(boolean listed, LocalDate shutdownDate, String detail) {

    public static ModelLookup listed(LocalDate shutdownDate, String detail) {
        return new ModelLookup(true, shutdownDate, detail);
    }

    public static ModelLookup missing(String detail) {
        return new ModelLookup(false, null, detail);
    }
}
