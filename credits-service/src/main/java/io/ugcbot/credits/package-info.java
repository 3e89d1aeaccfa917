/**
 * credits-service: the ledger. Accounts, grants (welcome bonus, admin top-ups), two-phase reservations for generations
 * (reserve, then capture on the video or release on failure or expiry), and a row of history for every change.
 */
package io.ugcbot.credits;
