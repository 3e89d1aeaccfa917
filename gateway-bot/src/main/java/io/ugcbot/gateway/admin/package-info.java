/** The admins' chat commands (/admin, /stats, /userinfo, /addcredits), for the Telegram ids in ADMIN_IDS. */
package io.ugcbot.gateway.admin;
