/**
 * The ledger's rules, in plain Java: operations (grant, reserve, capture, release) applied to the accounts and
 * reservations they touch, each returning its outcome and events. No database here: {@code store} loads and saves the
 * state a batch needs, so the same rules run against PostgreSQL in production and against the model in tests.
 */
package io.ugcbot.credits.ledger;
