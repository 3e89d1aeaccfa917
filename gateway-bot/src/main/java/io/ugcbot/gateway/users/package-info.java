/** The bot's users: registration on /start (announced once as UserRegistered) and the balance they see. */
package io.ugcbot.gateway.users;
