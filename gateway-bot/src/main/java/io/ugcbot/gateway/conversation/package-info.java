/**
 * The conversation: a persisted state per user (choose character, optionally edit it, choose a voice, type a script,
 * hear it, confirm, optionally send a clip for the background format), driven by Telegram updates and by the events
 * that answer it (speech, edits, imports). Each update is applied once (update id in the inbox).
 */
package io.ugcbot.gateway.conversation;
