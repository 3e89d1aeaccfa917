/** /help with the FAQ, and /paysupport for payment questions. */
package io.ugcbot.gateway.help;
