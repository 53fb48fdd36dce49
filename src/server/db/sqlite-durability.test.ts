import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './connect';
import { sqliteSynchronous } from './sqlite-durability';

const dir = mkdtempSync(join(tmpdir(), 'lanyard-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('SQLite durability (decision 14)', () => {
  it.each([
    [undefined, 'FULL'],
    ['', 'FULL'],
    ['normal', 'NORMAL'],
    [' FULL ', 'FULL'],
    ['extra', 'EXTRA'],
  ])('reads LANYARD_SQLITE_SYNCHRONOUS=%j as %s', (value, level) => {
    expect(sqliteSynchronous(value)).toBe(level);
  });

  it('refuses a level SQLite does not have', () => {
    expect(() => sqliteSynchronous('fast')).toThrow(/OFF, NORMAL, FULL, EXTRA/);
  });

  it.each([
    [undefined, 2],
    ['NORMAL', 1],
  ])(
    'opens a database file with LANYARD_SQLITE_SYNCHRONOUS=%j at synchronous %i',
    async (value, expected) => {
      if (value !== undefined) vi.stubEnv('LANYARD_SQLITE_SYNCHRONOUS', value);
      const handle = await openDatabase(`file:${join(dir, `${value ?? 'default'}.sqlite`)}`);
      try {
        const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(handle.db);
        expect(rows[0]!.synchronous).toBe(expected);
      } finally {
        await handle.close();
      }
    },
  );
});
