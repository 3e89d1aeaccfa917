package io.ugcbot.gateway.payments;

import io.ugcbot.gateway.GatewayProperties.StarPackage;

import java.util.Optional;

/**
 * What an invoice's payload carries: the package (its id names credits and Stars) and the user it was made for, so a
 * payment is granted as invoiced even if the operator has changed the packages since.
 */
record StarsPayload(StarPackage pack, long userId) {

    private static final String PREFIX = "stars:";

    String encode() {
        return PREFIX + pack.credits() + ":" + pack.stars() + ":" + userId;
    }

    static Optional<StarsPayload> decode(String payload) {
        if (payload == null || !payload.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = payload.substring(PREFIX.length()).split(":");
        try {
            return parts.length != 3 ? Optional.empty() : Optional.of(new StarsPayload(
                    new StarPackage(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
