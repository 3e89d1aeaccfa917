/** Turning a still character and its speech into a talking-head MP4: the renderer seam and the offline renderer. */
package io.ugcbot.video.render;
