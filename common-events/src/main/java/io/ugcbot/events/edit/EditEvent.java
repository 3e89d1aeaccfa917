package io.ugcbot.events.edit;

import io.ugcbot.events.Message;

/** Outcomes of image edits, on {@code edit.events}. */
public sealed interface EditEvent extends Message permits ImageEdited, ImageEditFailed {
}
