package io.ugcbot.gateway.admin;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Messages for the team (users' feedback, requests for credits): to {@code ADMIN_FEEDBACK_CHAT_ID} when there is one,
 * else to every admin, each in its reader's language.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class TeamChat {

    private final GatewayProperties properties;
    private final Outgoing outgoing;
    private final Texts texts;

    TeamChat(GatewayProperties properties, Outgoing outgoing, Texts texts) {
        this.properties = properties;
        this.outgoing = outgoing;
        this.texts = texts;
    }

    /** {@code cause} names what prompted the message, unique per occurrence: it is each copy's dedup key. */
    public void tell(String cause, String key, Object... args) {
        for (long chat : properties.feedbackChats()) {
            outgoing.text(chat, cause + ":" + chat, texts.get(chat, key, args), List.of());
        }
    }
}
