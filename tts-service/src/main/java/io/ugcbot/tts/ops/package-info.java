/**
 * tts-service's answers to the operators' tools: speech jobs, and why a forgotten request is not replayed.
 */
package io.ugcbot.tts.ops;
