/**
 * Two-phase payment for a generation: reserve when it is requested, capture when the video is ready, release when it
 * failed or nobody settled it before its expiry. Each reservation reaches exactly one terminal state.
 */
package io.ugcbot.credits.reservation;
