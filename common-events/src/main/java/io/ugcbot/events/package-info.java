/**
 * The contracts between the services: commands (imperatives, to a handler's {@code .commands} topic) and events (past
 * tense, from an emitter's {@code .events} topic), the topic registry and the CloudEvents headers. Plain Java, no Spring.
 */
package io.ugcbot.events;
