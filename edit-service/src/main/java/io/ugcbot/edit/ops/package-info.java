/**
 * edit-service's answers to the operators' tools: edit jobs, and why a forgotten request is not replayed.
 */
package io.ugcbot.edit.ops;
