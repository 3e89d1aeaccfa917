/** The catalog of assets: one row per stored file, registered from the events that announce it. */
package io.ugcbot.storage.catalog;
