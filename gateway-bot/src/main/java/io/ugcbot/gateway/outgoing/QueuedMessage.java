package io.ugcbot.gateway.outgoing;

import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.events.AssetRef;

import java.util.List;

/** A row of the Telegram outbox as the sender reads it. */
record QueuedMessage(long id, long chatId, MessageKind kind, String targetKey, String text,
                     List<List<Button>> buttons, AssetRef asset, int attempts, String dedupKey) {
}
