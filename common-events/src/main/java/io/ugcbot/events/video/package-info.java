/** Talking-head rendering: progress, the finished video, or the failure. */
package io.ugcbot.events.video;
