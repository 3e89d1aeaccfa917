/** The Kafka edge of the gateway: every service's events in, each handed to the feature it concerns. */
package io.ugcbot.gateway.messaging;
