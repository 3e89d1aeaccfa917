/**
 * The Telegram transport: the Bot API client (any base URL: Telegram, a self-hosted Bot API server, the local
 * emulator), updates in by long polling or by webhook with a secret token, and masking of the token in anything logged.
 */
package io.ugcbot.gateway.telegram;
