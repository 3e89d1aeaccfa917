package io.ugcbot.gateway.outgoing;

import io.ugcbot.gateway.telegram.MessageKind;

/**
 * Published, inside the transaction that gives a message up, when media the user was waiting for could not be
 * delivered for good for a reason of ours (the file is gone, Telegram refused the file), so the feature that sent it
 * can tell the user. Not published when the user blocked the bot: nothing would reach them.
 */
public record MessageUndeliverable(long messageId, long chatId, MessageKind kind) {
}
