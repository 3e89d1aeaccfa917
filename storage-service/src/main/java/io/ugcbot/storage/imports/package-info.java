/**
 * Importing users' uploads: a persisted job per request fetches the file from Telegram (getFile), checks it (a video,
 * at most 15 s and 20 MB, decodable), normalises it and stores it, then says FileImported or FileRejected.
 */
package io.ugcbot.storage.imports;
