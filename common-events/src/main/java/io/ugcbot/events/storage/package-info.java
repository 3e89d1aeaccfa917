/** The asset catalog's contract: importing users' uploads and issuing download links after an ownership check. */
package io.ugcbot.events.storage;
