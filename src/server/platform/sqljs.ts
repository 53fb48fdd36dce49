import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { BindParams, Database as SqlJsDatabase, SqlValue } from 'sql.js';

/**
 * sql.js (SQLite compiled to WebAssembly) behind the interface Kysely's SqliteDialect drives,
 * which is better-sqlite3's: the server's SQLite code path, unchanged, in a browser.
 *
 * Differences smoothed over: sql.js hands BLOBs out as Uint8Array where better-sqlite3 gives
 * Buffers (the server calls Buffer methods on them), and it has no changes/lastInsertRowid on
 * a statement. Each statement is freed after its one use; sql.js keeps them in wasm memory.
 */
export function sqlJsDatabase(db: SqlJsDatabase): SqliteDatabase {
  return {
    close: () => db.close(),
    prepare: (sql) => prepared(db, sql),
  };
}

function prepared(db: SqlJsDatabase, sql: string): SqliteStatement {
  const statement = db.prepare(sql);
  const reader = statement.getColumnNames().length > 0;
  const bind = (parameters: ReadonlyArray<unknown>) => statement.bind(parameters as BindParams);

  function* rows(parameters: ReadonlyArray<unknown>): IterableIterator<Record<string, SqlValue>> {
    try {
      bind(parameters);
      while (statement.step()) yield asNodeRow(statement.getAsObject());
    } finally {
      statement.free();
    }
  }

  return {
    reader,
    all: (parameters) => [...rows(parameters)],
    iterate: rows,
    run(parameters) {
      try {
        bind(parameters);
        statement.step();
      } finally {
        statement.free();
      }
      const changes = db.getRowsModified();
      const lastInsertRowid = Number(db.exec('select last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
      return { changes, lastInsertRowid };
    },
  };
}

function asNodeRow(row: Record<string, SqlValue>): Record<string, SqlValue> {
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Uint8Array) row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return row;
}
