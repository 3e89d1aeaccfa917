/**
 * What users choose from: the characters (the operator's manifest in S3 with their portraits, reloaded by an admin's
 * {@code /reloadcatalog}; without one, twelve demo characters the project paints itself) and the voices tts-service
 * publishes on its catalog topic.
 */
package io.ugcbot.gateway.catalog;
