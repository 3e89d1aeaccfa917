/**
 * Updates in: long polling, or a webhook checked against its secret token; each update is handed to the conversation
 * once, and an update that meets a database outage is applied again when it is back.
 */
package io.ugcbot.gateway.updates;
