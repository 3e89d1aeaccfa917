/**
 * video-service: a generation becomes a render job once both the request and its credit reservation have arrived; the
 * job survives restarts, reports progress, and ends in exactly one VideoReady or VideoFailed.
 */
package io.ugcbot.video;
