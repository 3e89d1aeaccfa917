package io.ugcbot.events.storage;

import io.ugcbot.events.Message;

/** Commands storage-service handles, on {@code storage.commands}. */
public sealed interface StorageCommand extends Message permits ImportTelegramFile, IssueDownloadLink {
}
