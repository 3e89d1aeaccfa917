/**
 * What every feature of the conversation shares, and nothing more: the words (in the user's language), the common
 * keyboards, the vocabulary of buttons ({@link io.ugcbot.gateway.chat.Action}) and the router that hands each tap and
 * command to the feature that registered it. Features depend on this package; it depends on none of them.
 */
package io.ugcbot.gateway.chat;
