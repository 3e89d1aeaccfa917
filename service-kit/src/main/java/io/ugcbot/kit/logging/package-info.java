/**
 * Log lines with secrets masked: the bot token is part of every Bot API URL, and whatever logs such a URL (our code,
 * the Telegram library, an HTTP client) must not write it out. Every service logs through these converters.
 */
package io.ugcbot.kit.logging;
