/**
 * fal.ai OmniHuman through fal's queue API: submit once, save the request id before waiting, poll with backoff (a
 * webhook only wakes the poller early), download the result. A job retaken after a crash waits on the saved request.
 */
package io.ugcbot.video.fal;
