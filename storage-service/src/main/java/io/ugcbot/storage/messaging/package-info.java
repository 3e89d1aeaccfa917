/** The Kafka edge of storage-service: produced assets in, link commands in, outcomes out. */
package io.ugcbot.storage.messaging;
