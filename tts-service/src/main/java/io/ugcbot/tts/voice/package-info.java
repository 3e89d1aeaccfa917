/** The voices users choose from, and how each maps onto the engine's parameters. */
package io.ugcbot.tts.voice;
