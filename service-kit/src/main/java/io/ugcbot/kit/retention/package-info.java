/**
 * Nothing grows forever: rows that only serve idempotency or history (inbox claims, sent messages, finished jobs) are
 * deleted once older than the record retention, which must stay above the topics' own retention (replays are only
 * safe while the inbox still remembers what it applied).
 */
package io.ugcbot.kit.retention;
