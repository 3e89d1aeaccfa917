/**
 * Reading and writing the broker the way the tools need it: bounded reads (what is on a topic now, from a time or an
 * offset), records with their CloudEvents headers in view, and the services' management endpoints over HTTP.
 */
package io.ugcbot.ops.kafka;
