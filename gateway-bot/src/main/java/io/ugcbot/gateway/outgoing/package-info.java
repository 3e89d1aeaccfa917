/**
 * Messages to users go through an outbox of their own: written in the transaction that decided to send them, keyed by
 * what caused them (so a replayed event adds nothing), and sent in order per chat within Telegram's rate limits.
 */
package io.ugcbot.gateway.outgoing;
