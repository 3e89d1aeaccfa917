/**
 * {@code bin/replay}: re-delivers a slice of one partition to one service, through that service's replay topic
 * ({@code replay.<service>}), which only it reads with its usual handlers and inbox. The dry run (the default) asks the
 * service which records it has applied and what it does with each type, and says per record what a replay would do;
 * a replay that would repeat an effect outside the service's database (a paid provider call, a message to a user) for
 * a record the service no longer remembers is refused, with the reason.
 */
package io.ugcbot.ops.replay;
