/** The Kafka edge of edit-service. */
package io.ugcbot.edit.messaging;
