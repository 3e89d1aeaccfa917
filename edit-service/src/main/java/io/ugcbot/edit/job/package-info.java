/** Edits as persisted jobs: queued by the consumer, made by a worker outside any transaction, finished with the event. */
package io.ugcbot.edit.job;
