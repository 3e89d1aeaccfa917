/** What the Telegram edge tells everyone: a user arrived, asked for a video, paid in Stars or was refunded. */
package io.ugcbot.events.gateway;
