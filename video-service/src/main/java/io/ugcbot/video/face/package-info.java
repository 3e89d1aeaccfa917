/** Finding the face in a character image or a video frame (OpenCV Haar cascade, bundled, no downloads). */
package io.ugcbot.video.face;
