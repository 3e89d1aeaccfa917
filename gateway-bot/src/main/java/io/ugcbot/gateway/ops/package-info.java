/**
 * The gateway's answers to the operators' tools: generations, chats and messages, and why nearly every record it reads is not replayed once forgotten.
 */
package io.ugcbot.gateway.ops;
