/**
 * Feedback (the seed's feedback form): "Write to us" or {@code /feedback}, the next message kept and forwarded to the
 * team ({@code ADMIN_FEEDBACK_CHAT_ID}, else every admin), answered by an admin's {@code /reply}.
 */
package io.ugcbot.gateway.feedback;
