/** The Kafka edge of video-service: requests and credit decisions in, jobs out. */
package io.ugcbot.video.messaging;
