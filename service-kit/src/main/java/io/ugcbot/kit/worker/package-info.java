/** Background workers that sleep until woken (after a commit) or until their poll interval passes. */
package io.ugcbot.kit.worker;
