/**
 * The ledger in PostgreSQL: loads, with row locks, exactly the accounts, grants and reservations a batch of operations
 * touches, and writes back what changed in batched statements. Reservations are always locked before accounts.
 */
package io.ugcbot.credits.store;
