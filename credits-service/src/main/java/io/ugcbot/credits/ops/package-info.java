/**
 * The credits ledger's answers to the operators' tools: every record it applies is keyed by its own ids.
 */
package io.ugcbot.credits.ops;
