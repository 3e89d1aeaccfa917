/** Running the command-line media tools (ffmpeg, ffprobe, espeak-ng) with time limits and readable failures. */
package io.ugcbot.kit.media;
