/** Character image edits from a text prompt. */
package io.ugcbot.events.edit;
