/**
 * What every public HTTP endpoint needs before it reads a byte: refusing, without buffering them, bodies far larger
 * than the endpoint's messages can be.
 */
package io.ugcbot.kit.web;
