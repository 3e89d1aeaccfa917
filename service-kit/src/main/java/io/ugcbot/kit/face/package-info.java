/**
 * Finding the face in a character image, a user's photo or a video frame (OpenCV Haar cascade, bundled, no downloads).
 * OpenCV is an optional dependency of the kit: the services that detect faces (video, storage) declare it.
 */
package io.ugcbot.kit.face;
