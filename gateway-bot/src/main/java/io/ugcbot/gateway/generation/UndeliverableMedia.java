package io.ugcbot.gateway.generation;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.gateway.outgoing.MessageUndeliverable;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the user when media they were waiting for could not be delivered for good, and what to do: a video is kept
 * and can be fetched again from "My videos". Runs in the transaction that gave the message up.
 */
@Component
class UndeliverableMedia {

    private final Outgoing outgoing;
    private final Texts texts;

    UndeliverableMedia(Outgoing outgoing, Texts texts) {
        this.outgoing = outgoing;
        this.texts = texts;
    }

    @EventListener
    void on(MessageUndeliverable undeliverable) {
        long chat = undeliverable.chatId();
        List<List<Button>> buttons = undeliverable.kind() == MessageKind.VIDEO
                ? List.of(List.of(Action.HISTORY.button(texts.get(chat, "button.history")))) : List.of();
        outgoing.text(chat, "undeliverable:" + undeliverable.messageId(),
                texts.get(chat, "undeliverable." + undeliverable.kind().name()), buttons);
    }
}
