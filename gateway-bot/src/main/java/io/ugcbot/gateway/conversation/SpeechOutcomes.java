package io.ugcbot.gateway.conversation;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SpeechRejected;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.gateway.outgoing.MessageKind;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Answers from tts-service. Only the answer to the user's latest script counts: one for an older request (the user
 * typed again meanwhile) is dropped.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SpeechOutcomes {

    private final ChatSessions sessions;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;
    private final MessageCodec codec;
    private final Clock clock;

    SpeechOutcomes(ChatSessions sessions, Outgoing outgoing, Texts texts, Menus menus, MessageCodec codec,
                   Clock clock) {
        this.sessions = sessions;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
        this.codec = codec;
        this.clock = clock;
    }

    public void synthesized(SpeechSynthesized event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.speechReady(codec.encode(event), clock.instant());
        outgoing.media(event.userId(), MessageKind.AUDIO, "speech:" + event.requestId(), event.audio(),
                texts.get(event.userId(), "speech.ready", seconds(event.durationMs())),
                menus.reviewSpeech(event.userId()));
    }

    public void rejected(SpeechRejected event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.moveTo(ChatState.WAITING_SCRIPT, clock.instant());
        long percent = Math.max(1, Math.round(100.0 * (event.durationMs() - event.limitMs()) / event.durationMs()));
        if (event.fittingPacePercent() > 0) {
            outgoing.text(event.userId(), "speech:" + event.requestId(), texts.get(event.userId(),
                    "speech.too.long.pace", seconds(event.durationMs()), seconds(event.limitMs()), percent,
                    event.fittingPacePercent()), menus.fasterOrShorter(event.userId(), event.fittingPacePercent()));
            return;
        }
        outgoing.text(event.userId(), "speech:" + event.requestId(), texts.get(event.userId(), "speech.too.long",
                seconds(event.durationMs()), seconds(event.limitMs()), percent), List.of());
    }

    public void failed(SpeechFailed event) {
        ChatSession session = awaiting(event.userId(), event.requestId());
        if (session == null) {
            return;
        }
        session.moveTo(ChatState.WAITING_SCRIPT, clock.instant());
        outgoing.text(event.userId(), "speech:" + event.requestId(),
                texts.get(event.userId(), "speech.failed", texts.failure(event.userId(), event.failure())), menus.main(event.userId()));
    }

    private ChatSession awaiting(long userId, UUID requestId) {
        ChatSession session = sessions.lock(userId);
        boolean current = session.state() == ChatState.SYNTHESIZING && requestId.equals(session.speechRequestId());
        return current ? session : null;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
