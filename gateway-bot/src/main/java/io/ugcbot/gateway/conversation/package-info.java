/**
 * The conversation: a persisted state per user (choose character, voice, type a script, hear it, confirm), driven by
 * Telegram updates and by the speech events that answer it. Each update is applied once (update id in the inbox).
 */
package io.ugcbot.gateway.conversation;
