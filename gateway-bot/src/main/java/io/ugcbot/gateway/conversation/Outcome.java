package io.ugcbot.gateway.conversation;

/** What an input did: the state the chat is in now, and the step (reply and commands) that follows from it. */
public record Outcome(ChatState next, Step step) {
}
