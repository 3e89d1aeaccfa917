package io.ugcbot.events;

/**
 * A claim check: files never travel through Kafka, producers write bytes to S3 and put this reference in the event.
 */
public record AssetRef(String bucket, String key, String contentType, long size, String sha256) {
}
