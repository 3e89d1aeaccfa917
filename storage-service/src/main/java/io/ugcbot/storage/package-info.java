/**
 * storage-service: registers every asset the other services produce with its owner and retention, and issues
 * presigned download links after an ownership check.
 */
package io.ugcbot.storage;
