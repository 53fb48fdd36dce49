import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@shared/time';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { seedDemo } from '../seed/demo';
import { createEmptyPostgresDatabase, postgresReachable } from '../test/databases';
import { backup, backupName, restore } from './backup';

const dir = mkdtempSync(join(tmpdir(), 'lanyard-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows per table, every table the migrations made (their bookkeeping included). */
async function rowCounts(db: Kysely<Database>, kind: 'sqlite' | 'postgres') {
  const tables =
    kind === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(
      db,
    );
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

async function seeded(url: string) {
  const handle = await openDatabase(url);
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, fixedClock('2025-10-16T08:30:00Z'));
  return handle;
}

const pgTools = ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0);
const pgUp = await postgresReachable();
if (!pgTools || !pgUp) {
  console.warn(
    `\n[tests] Postgres backup round trip SKIPPED: ${!pgUp ? 'the test server is not reachable' : 'pg_dump/pg_restore are not installed (apt-get install postgresql-client)'}.\n`,
  );
}

describe('backups', () => {
  it('names a backup by the time it was taken', () => {
    expect(backupName(new Date('2025-10-16T08:30:05.123Z'))).toBe('lanyard-20251016T083005Z');
  });

  it('backs up a SQLite database in use and restores it into a fresh file with every row', async () => {
    const url = `file:${join(dir, 'live.sqlite')}`;
    const live = await seeded(url);
    try {
      const before = await rowCounts(live.db, 'sqlite');
      expect(before.tickets).toBeGreaterThan(0);
      expect(Object.keys(before).length).toBeGreaterThan(20);

      // Taken while the live database stays open, as a running server keeps it.
      const { file, bytes } = await backup(url, join(dir, 'backups'), new Date('2025-10-16T08:30:00Z'));
      expect(file).toBe(join(dir, 'backups', 'lanyard-20251016T083000Z.sqlite'));
      expect(bytes).toBeGreaterThan(0);

      const freshUrl = `file:${join(dir, 'restored.sqlite')}`;
      await restore(file, freshUrl);
      const restored = await openDatabase(freshUrl);
      try {
        expect(await rowCounts(restored.db, 'sqlite')).toEqual(before);
      } finally {
        await restored.close();
      }
      // An existing database is replaced only when asked.
      await expect(restore(file, freshUrl)).rejects.toThrow(/--replace/);
      await restore(file, freshUrl, true);
    } finally {
      await live.close();
    }
  });

  it.skipIf(!pgTools || !pgUp)(
    'dumps a Postgres database with pg_dump and restores it with pg_restore into a throwaway one',
    async () => {
      const source = await createEmptyPostgresDatabase('lanyard_backup');
      const target = await createEmptyPostgresDatabase('lanyard_restore');
      try {
        const live = await seeded(source.url);
        const before = await rowCounts(live.db, 'postgres');
        await live.close();
        expect(before.tickets).toBeGreaterThan(0);

        const { file } = await backup(source.url, join(dir, 'pg'));
        expect(readdirSync(join(dir, 'pg'))).toEqual([file.split('/').at(-1)]);
        expect(file).toMatch(/\.dump$/);
        await restore(file, target.url);
        const restored = await openDatabase(target.url);
        try {
          expect(await rowCounts(restored.db, 'postgres')).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        await source.drop();
        await target.drop();
      }
    },
  );
});
