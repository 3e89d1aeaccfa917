/**
 * video-service's answers to the operators' tools: render jobs and fal requests, and which records would render again.
 */
package io.ugcbot.video.ops;
