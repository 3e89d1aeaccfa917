/**
 * Render jobs: created from GenerationRequested and CreditsReserved in whichever order they arrive, queued when both
 * are there, claimed by a worker with a lease, and finished with the outcome event in the same transaction.
 */
package io.ugcbot.video.job;
