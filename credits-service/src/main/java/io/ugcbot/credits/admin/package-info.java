/**
 * The operators' HTTP API under {@code /admin}, guarded by the {@code X-Admin-Api-Key} header (compared in constant
 * time, on the matched handler rather than the path): a user's balance and history, granting credits, and ledger totals.
 */
package io.ugcbot.credits.admin;
