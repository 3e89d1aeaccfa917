/**
 * What the operators' tools ({@code ops-cli}: {@code bin/trace}, {@code bin/replay}) ask a running service, on its
 * management port, instead of reading its tables: which records it has already applied (its inbox) and what applying
 * one again would do ({@link io.ugcbot.kit.ops.ReplayEndpoint}), and what it knows about one generation or request
 * ({@link io.ugcbot.kit.ops.SubjectsEndpoint}).
 */
package io.ugcbot.kit.ops;
