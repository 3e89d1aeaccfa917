/**
 * Importing users' uploads: a persisted job per request fetches the file from Telegram (getFile), checks it (a clip:
 * a video, at most 15 s and 20 MB, decodable; a photo: readable, at least 256 px, a face in it), normalises it (an H.264
 * clip, or a 720×1280 portrait around the face) and stores it, then says FileImported or FileRejected.
 */
package io.ugcbot.storage.imports;
