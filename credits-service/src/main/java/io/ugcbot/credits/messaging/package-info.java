/** The Kafka edge of the ledger: one thin listener that hands each record to its feature. */
package io.ugcbot.credits.messaging;
