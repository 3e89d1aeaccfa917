/**
 * Telling a dependency's passing outage (PostgreSQL, S3 away or overloaded) from a failure that will repeat, and
 * waiting such an outage out, so work in progress is delayed rather than failed or lost.
 */
package io.ugcbot.kit.outage;
