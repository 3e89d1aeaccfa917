/**
 * Alerts for the team running the product, not for users: on {@code ops.alerts}, written by any service that meets
 * something only an operator can fix (a provider model retired or about to be), read by the gateway, which tells
 * the admins' chat once per model, kind and day.
 */
package io.ugcbot.events.ops;
