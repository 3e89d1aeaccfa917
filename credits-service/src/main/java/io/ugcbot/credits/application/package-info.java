/**
 * Where a transaction begins: batches of Kafka records, one admin operation, or the expiry sweep become ledger
 * operations, applied with their idempotency claims and outbox rows in one transaction.
 */
package io.ugcbot.credits.application;
