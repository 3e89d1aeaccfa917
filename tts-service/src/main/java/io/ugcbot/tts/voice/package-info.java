/**
 * The voices users choose from (the operator's manifest in S3, or the built-in four), how each maps onto the engines'
 * parameters, and their publication on {@code tts.voices} at start and on an admin's reload.
 */
package io.ugcbot.tts.voice;
