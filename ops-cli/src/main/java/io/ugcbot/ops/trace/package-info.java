/**
 * {@code bin/trace}: every record about a generation, a request or a user, on every topic (dead letters and replays
 * included), in time order, with the story it tells and where it stopped, and what each service's own tables say.
 */
package io.ugcbot.ops.trace;
