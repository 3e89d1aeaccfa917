package io.ugcbot.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The one JSON (de)serializer every service uses for payloads. Unknown fields are ignored so that older readers keep
 * working when a producer adds one; a missing number or flag reads as 0 or false so that newer readers keep working
 * with older producers (Jackson 3 refuses a missing primitive by default); an enum value it does not know reads as the
 * enum's default where it has one.
 */
public final class MessageCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // an enum value added by a newer producer reads as the enum's default (FailureCode.UNKNOWN, say)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .build();

    public String encode(Message message) {
        return json.writeValueAsString(message);
    }

    /** The payload of a record of the given {@code ce_type}, or empty for a type this build does not know. */
    public Optional<Message> decode(String type, String payload) {
        return MessageTypes.classOf(type).map(clazz -> json.readValue(payload, clazz));
    }

    public JsonMapper json() {
        return json;
    }
}
