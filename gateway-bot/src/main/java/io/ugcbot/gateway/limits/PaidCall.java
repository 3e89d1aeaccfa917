package io.ugcbot.gateway.limits;

/** What costs us a provider call when a user asks for it. */
public enum PaidCall {
    SPEECH, EDIT, RENDER
}
