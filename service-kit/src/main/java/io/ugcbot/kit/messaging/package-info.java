/** Receiving records: decoding CloudEvents headers and payloads, the idempotency check, and trace propagation. */
package io.ugcbot.kit.messaging;
