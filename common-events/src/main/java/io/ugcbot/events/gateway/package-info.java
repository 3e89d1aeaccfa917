/** What the Telegram edge tells everyone: a user arrived, a user asked for a video. */
package io.ugcbot.events.gateway;
