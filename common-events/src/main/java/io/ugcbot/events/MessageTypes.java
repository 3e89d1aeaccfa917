package io.ugcbot.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code ce_type} of every record class, derived from the sealed interfaces in {@link Topics}:
 * {@code <topic owner>.<record name>.v<version>}, e.g. {@code credits.CreditsReserved.v1}.
 */
public final class MessageTypes {

    /** Bumped only for an incompatible change, which then gets a new record; additions keep v1. */
    private static final String VERSION = "v1";

    private static final Map<String, Class<? extends Message>> BY_TYPE = Topics.ALL.stream()
            .flatMap(spec -> Arrays.stream(spec.contract().getPermittedSubclasses()))
            .map(MessageTypes::asMessageClass)
            .collect(Collectors.toUnmodifiableMap(MessageTypes::typeOf, Function.identity()));

    private MessageTypes() {
    }

    public static String typeOf(Class<? extends Message> type) {
        return Topics.of(type).owner() + "." + type.getSimpleName() + "." + VERSION;
    }

    public static Optional<Class<? extends Message>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Map<String, Class<? extends Message>> all() {
        return BY_TYPE;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Message> asMessageClass(Class<?> type) {
        return (Class<? extends Message>) type;
    }
}
