/** Speech synthesis: the command, the speech with word timings, and the two ways it can end otherwise. */
package io.ugcbot.events.tts;
