/** Download links: presigned, time-limited, and only for the asset's owner. */
package io.ugcbot.storage.links;
