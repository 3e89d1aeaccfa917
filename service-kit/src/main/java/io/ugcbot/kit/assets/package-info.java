/** Reading and writing files in S3 and making {@link io.ugcbot.events.AssetRef} claim checks for them. */
package io.ugcbot.kit.assets;
