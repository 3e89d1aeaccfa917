/**
 * Limits a paying service needs: at most {@code MAX_TASKS_PER_USER_PER_HOUR} paid provider calls (speech, edits,
 * renders) per user in any hour, counted where the calls are decided.
 */
package io.ugcbot.gateway.limits;
