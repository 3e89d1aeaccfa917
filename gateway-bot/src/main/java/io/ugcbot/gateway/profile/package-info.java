/** The user's profile card (/profile): balance, videos made, credits spent, member since, language. */
package io.ugcbot.gateway.profile;
