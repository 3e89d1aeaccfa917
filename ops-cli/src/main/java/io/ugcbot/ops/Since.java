package io.ugcbot.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A point in time as a tool's option gives it: an ISO instant ({@code 2026-12-02T18:40:00Z}) or an age ({@code 7d}, {@code 12h}, {@code 30m}). */
public final class Since {

    private Since() {
    }

    public static Instant parse(String text, Instant now) {
        String value = text.strip();
        if (value.matches("\\d+[dhms]")) {
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            Duration age = switch (value.charAt(value.length() - 1)) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            return now.minus(age);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + text + " (an ISO instant such as 2026-12-02T18:40:00Z,"
                    + " or an age such as 7d, 12h, 30m)");
        }
    }
}
