/**
 * Speech synthesis as persisted, leased jobs: the consumer only queues the request; a worker calls the engine outside
 * any transaction and finishes the job with its event, so a provider is never paid twice for one request.
 */
package io.ugcbot.tts.job;
