/**
 * A Telegram Bot API emulator for the local run and the end-to-end tests: the Bot API methods the gateway uses, with
 * Telegram's error shapes and limits, plus a small API and a browser chat page that play the user's side.
 */
package io.ugcbot.localstack.telegram;
