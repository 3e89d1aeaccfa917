/**
 * Prompt-driven edits. The offline editor understands a small documented vocabulary and says which edits it applied,
 * or that it understood none, rather than returning the image unchanged.
 */
package io.ugcbot.edit.editing;
