package io.ugcbot.events;

import io.ugcbot.events.credits.CreditsCommand;
import io.ugcbot.events.credits.CreditsEvent;
import io.ugcbot.events.edit.EditCommand;
import io.ugcbot.events.edit.EditEvent;
import io.ugcbot.events.gateway.GatewayEvent;
import io.ugcbot.events.ops.OpsAlert;
import io.ugcbot.events.storage.StorageCommand;
import io.ugcbot.events.storage.StorageEvent;
import io.ugcbot.events.tts.TtsCommand;
import io.ugcbot.events.tts.TtsEvent;
import io.ugcbot.events.tts.VoiceCatalogEntry;
import io.ugcbot.events.video.VideoEvent;

import java.util.List;
import java.util.Optional;

/**
 * Every topic, who writes it and what it carries. Commands go to the handler's {@code <service>.commands} topic (the
 * handler owns the schema); events come from the emitter's {@code <service>.events} topic (single writer). Every record
 * is keyed by the Telegram user id, except on compacted catalog topics. Failed records go to {@code <topic>.dlt}.
 */
public final class Topics {

    public static final String GATEWAY_EVENTS = "gateway.events";
    public static final String CREDITS_COMMANDS = "credits.commands";
    public static final String CREDITS_EVENTS = "credits.events";
    public static final String TTS_COMMANDS = "tts.commands";
    public static final String TTS_EVENTS = "tts.events";
    /** tts-service's voice catalog, compacted and keyed by voice id: the latest entry of every voice stays. */
    public static final String TTS_VOICES = "tts.voices";
    public static final String EDIT_COMMANDS = "edit.commands";
    public static final String EDIT_EVENTS = "edit.events";
    public static final String VIDEO_EVENTS = "video.events";
    public static final String STORAGE_COMMANDS = "storage.commands";
    public static final String STORAGE_EVENTS = "storage.events";
    /**
     * Alerts for the team (a provider model retired or about to be), keyed by provider and model. The one topic with
     * several writers: an alert belongs to no service's story, and the gateway is its only reader.
     */
    public static final String OPS_ALERTS = "ops.alerts";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    /**
     * {@code replay.<consumer>}: records an operator re-delivers to one service only ({@code bin/replay}). Each service
     * reads its own replay topic with the same handlers and inbox as the records' home topics, so a replayed record
     * reaches nobody else and is applied at most once, like any redelivery.
     */
    public static final String REPLAY_PREFIX = "replay.";
    /** Header on a replayed record: the topic, partition and offset it was copied from. */
    public static final String REPLAYED_FROM_HEADER = "ugc_replayed_from";
    /**
     * Header on a record replayed to rebuild a service's read models ({@code bin/replay --rebuild}), value
     * {@value #REBUILD}: the service applies only what it keeps for reading (a user's statement, history) and never
     * reacts to it (no message, no command), since the reaction happened when the record first came.
     */
    public static final String REPLAY_MODE_HEADER = "ugc_replay_mode";
    public static final String REBUILD = "rebuild";
    public static final String KEY = "Telegram user id";

    /**
     * One topic: its name, the services that write it, the sealed interface whose records it carries, and whether it
     * is compacted (a catalog keyed by entry rather than a log keyed by user).
     */
    public record Spec(String name, String writers, Class<? extends Message> contract, boolean compacted) {

        public Spec(String name, String writers, Class<? extends Message> contract) {
            this(name, writers, contract, false);
        }

        /** The prefix of every {@code ce_type} on this topic, e.g. {@code credits}. */
        public String owner() {
            return name.substring(0, name.indexOf('.'));
        }

        public String deadLetterTopic() {
            return name + DEAD_LETTER_SUFFIX;
        }
    }

    public static final List<Spec> ALL = List.of(
            new Spec(GATEWAY_EVENTS, "gateway-bot", GatewayEvent.class),
            new Spec(CREDITS_COMMANDS, "gateway-bot (admin)", CreditsCommand.class),
            new Spec(CREDITS_EVENTS, "credits-service", CreditsEvent.class),
            new Spec(TTS_COMMANDS, "gateway-bot", TtsCommand.class),
            new Spec(TTS_EVENTS, "tts-service", TtsEvent.class),
            new Spec(TTS_VOICES, "tts-service", VoiceCatalogEntry.class, true),
            new Spec(EDIT_COMMANDS, "gateway-bot", EditCommand.class),
            new Spec(EDIT_EVENTS, "edit-service", EditEvent.class),
            new Spec(VIDEO_EVENTS, "video-service", VideoEvent.class),
            new Spec(STORAGE_COMMANDS, "gateway-bot", StorageCommand.class),
            new Spec(STORAGE_EVENTS, "storage-service", StorageEvent.class),
            new Spec(OPS_ALERTS, "tts-service, edit-service, video-service", OpsAlert.class));

    private Topics() {
    }

    /** The topic a service (named as its consumer group) reads replayed records from. */
    public static String replayTopic(String consumer) {
        return REPLAY_PREFIX + consumer;
    }

    public static Spec of(Class<? extends Message> type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException(type.getName() + " belongs to no topic"));
    }

    public static Optional<Spec> find(Class<?> type) {
        return ALL.stream().filter(spec -> spec.contract().isAssignableFrom(type)).findFirst();
    }
}
