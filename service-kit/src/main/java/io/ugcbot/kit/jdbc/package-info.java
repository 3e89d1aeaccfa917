/** Writing many rows in one statement: parallel arrays unnested by PostgreSQL. */
package io.ugcbot.kit.jdbc;
