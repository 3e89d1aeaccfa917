package io.ugcbot.gateway.conversation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Locked access to sessions, creating one on first contact. */
@Component
public class ChatSessions {

    private final ChatSessionRepository sessions;

    ChatSessions(ChatSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ChatSession lock(long userId) {
        return sessions.lockById(userId).orElseGet(() -> {
            sessions.saveAndFlush(new ChatSession(userId));
            return sessions.lockById(userId).orElseThrow();
        });
    }

    /** Ends the user's current generation, if it is still the one the conversation is waiting for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void generationEnded(long userId, UUID generationId, Instant now) {
        ChatSession session = lock(userId);
        if (generationId.equals(session.generationId()) && session.state() == ChatState.GENERATING) {
            session.moveTo(ChatState.IDLE, now);
        }
    }

    /** A generation that was never paid for: the user is back to reviewing the same speech and may confirm again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void generationRefused(long userId, UUID generationId, Instant now) {
        ChatSession session = lock(userId);
        if (generationId.equals(session.generationId()) && session.state() == ChatState.GENERATING) {
            session.moveTo(session.speech() == null ? ChatState.IDLE : ChatState.REVIEWING_SPEECH, now);
        }
    }
}
