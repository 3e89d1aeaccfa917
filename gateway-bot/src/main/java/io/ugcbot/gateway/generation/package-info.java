/**
 * The user's generations as the gateway sees them (a read model built from credits and video events), what the user
 * is told as each one moves on (one progress message edited in place, the video, the credit spent or returned), and
 * "My videos" (sent again, or a download link).
 */
package io.ugcbot.gateway.generation;
