/**
 * The background format: the talking head cut to a circle, centred on the face and placed clear of the subtitles, over
 * the user's clip scaled and cropped to 1080×1920, with burned-in subtitles and the speech, in one ffmpeg filter graph.
 * Not yet wired into the conversation (the upload and format choice come with the rest of the media issue).
 */
package io.ugcbot.video.composite;
