/**
 * What users choose from: the built-in demo characters (portraits the project paints itself, stored in S3 at start-up)
 * and the voices tts-service publishes on its catalog topic. Galleries with paging replace the demo characters later.
 */
package io.ugcbot.gateway.catalog;
