import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Case-insensitive "column contains text" that means the same on SQLite and Postgres: the
 * user's `%`, `_` and `\` are escaped, and the ESCAPE clause is explicit because SQLite, unlike
 * Postgres, has no default escape character for LIKE.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
