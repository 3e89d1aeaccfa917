/** The ledger's contract: grants, two-phase reservations (reserve, then capture or release) and their outcomes. */
package io.ugcbot.events.credits;
