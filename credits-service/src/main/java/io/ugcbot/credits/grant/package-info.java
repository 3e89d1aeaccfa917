/** Credits coming in: the welcome bonus (once per user) and admin top-ups, each idempotent by its grant id. */
package io.ugcbot.credits.grant;
