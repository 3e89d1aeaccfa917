/**
 * What users choose from: the built-in demo characters (portraits the project paints itself, stored in S3 at start-up)
 * and the voices. Galleries with paging and the published voice catalog replace these seams later.
 */
package io.ugcbot.gateway.catalog;
