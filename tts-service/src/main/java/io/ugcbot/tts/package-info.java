/**
 * tts-service: turns a script into speech with a catalog voice, measures it, refuses what is longer than a video may be,
 * and stores the audio with word timings for subtitles.
 */
package io.ugcbot.tts;
