/**
 * storage-service's answers to the operators' tools: assets and imports, and which records reach users again.
 */
package io.ugcbot.storage.ops;
