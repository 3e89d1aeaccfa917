/** The Kafka edge of tts-service. */
package io.ugcbot.tts.messaging;
