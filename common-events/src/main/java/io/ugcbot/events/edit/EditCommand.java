package io.ugcbot.events.edit;

import io.ugcbot.events.Message;

/** Commands edit-service handles, on {@code edit.commands}. */
public sealed interface EditCommand extends Message permits EditImage {
}
