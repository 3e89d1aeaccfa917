package io.ugcbot.gateway.conversation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locked access to sessions, creating one on first contact. */
@Component
class ChatSessions {

    private final ChatSessionRepository sessions;

    ChatSessions(ChatSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ChatSession lock(long userId) {
        return sessions.lockById(userId).orElseGet(() -> {
            sessions.saveAndFlush(new ChatSession(userId));
            return sessions.lockById(userId).orElseThrow();
        });
    }
}
