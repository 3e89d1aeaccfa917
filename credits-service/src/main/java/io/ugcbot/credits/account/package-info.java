/** A user's balance (granted, pending, captured) and the history row every change leaves. */
package io.ugcbot.credits.account;
