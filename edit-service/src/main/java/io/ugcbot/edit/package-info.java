/** edit-service: edits a character image as a prompt says and stores the result with its parent. */
package io.ugcbot.edit;
