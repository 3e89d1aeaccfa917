/**
 * The conversation: a persisted state per user (choose a format, a character or one's own photo, optionally edit it,
 * choose a voice, type a script, hear it, confirm, optionally send a clip for the background format), driven by
 * Telegram updates and by the events that answer it (speech, edits, imports). {@code ChatRules} decides every move,
 * {@code ChatSession.apply} makes it, {@code CreationSteps} and {@code ServiceAnswers} carry out what follows. Each
 * update is applied once (update id in the inbox).
 */
package io.ugcbot.gateway.conversation;
