/** Synthesis: the engine seam, the offline espeak-ng engine, normalisation, measurement and word timings. */
package io.ugcbot.tts.speech;
