package io.ugcbot.events.storage;

import io.ugcbot.events.Message;

/** Outcomes of storage commands, on {@code storage.events}. */
public sealed interface StorageEvent extends Message
        permits FileImported, FileRejected, DownloadLinkIssued, DownloadLinkRefused {
}
