/**
 * gateway-bot: the only service that talks to Telegram. It keeps each user's conversation (persisted), turns taps and
 * texts into commands on Kafka, and turns the services' events into messages, through an outbox of its own for
 * Telegram so a replayed event never messages a user twice.
 */
package io.ugcbot.gateway;
