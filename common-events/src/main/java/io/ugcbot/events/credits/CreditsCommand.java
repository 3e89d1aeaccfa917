package io.ugcbot.events.credits;

import io.ugcbot.events.Message;

/** Commands the ledger handles, on {@code credits.commands}. */
public sealed interface CreditsCommand extends Message permits GrantCredits, CaptureCredits {
}
