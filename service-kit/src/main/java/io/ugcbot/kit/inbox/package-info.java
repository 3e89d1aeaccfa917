/** The idempotent consumer: a record of every (consumer, event id) handled, written in the handler's transaction. */
package io.ugcbot.kit.inbox;
