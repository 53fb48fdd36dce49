import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * Online backups and restores (`npm run backup`, `npm run restore`; README "Backups"). SQLite
 * is copied page by page through SQLite's backup API while the server keeps serving, and the
 * copy is checked with `PRAGMA integrity_check`. Postgres is dumped with `pg_dump` in its
 * custom format, which `pg_restore` reads.
 */

export type BackupTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function backupTarget(databaseUrl: string): BackupTarget {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { kind: 'postgres', url: databaseUrl };
  if (databaseUrl.startsWith('file:'))
    return { kind: 'sqlite', path: resolve(databaseUrl.slice('file:'.length)) };
  throw new Error(`Cannot back up "${databaseUrl}": use file:PATH or postgres://...`);
}

/** `lanyard-20251016T083000Z`: sorts by time, safe in any file system. */
export function backupName(now: Date): string {
  return `lanyard-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
}

export interface BackupResult {
  file: string;
  bytes: number;
}

export async function backupSqlite(path: string, file: string): Promise<BackupResult> {
  if (!existsSync(path)) throw new Error(`No SQLite database at ${path}`);
  const source = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  // One self-contained file: the source's WAL mode would leave -wal and -shm files beside it.
  const copy = new SQLite(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup ${file} fails its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { file, bytes: statSync(file).size };
}

/**
 * Restores a SQLite backup into `path`, which must not exist unless `replace` is set: stop
 * every server using it first. The WAL and shared-memory files of the old database go too,
 * or SQLite would replay the old log over the restored pages.
 */
export async function restoreSqlite(file: string, path: string, replace = false): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (existsSync(path) && !replace) {
    throw new Error(`${path} exists: stop the server, then restore with --replace`);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(path);
  } finally {
    source.close();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new Error(`${command} is not installed (Debian: apt-get install postgresql-client)`)
          : err,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  await run('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
  return { file, bytes: statSync(file).size };
}

/** Restores a pg_dump custom-format file into the (empty, or with `replace` emptied) database at `url`. */
export async function restorePostgres(file: string, url: string, replace = false): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  const clean = replace ? ['--clean', '--if-exists'] : [];
  await run('pg_restore', [
    ...clean,
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}

/** Takes a backup of the database at `databaseUrl` into `dir`, named by the time. */
export async function backup(databaseUrl: string, dir: string, now = new Date()): Promise<BackupResult> {
  const target = backupTarget(databaseUrl);
  mkdirSync(dir, { recursive: true });
  const base = join(dir, backupName(now));
  return target.kind === 'sqlite'
    ? backupSqlite(target.path, `${base}.sqlite`)
    : backupPostgres(target.url, `${base}.dump`);
}

export async function restore(file: string, databaseUrl: string, replace = false): Promise<void> {
  const target = backupTarget(databaseUrl);
  if (target.kind === 'sqlite') await restoreSqlite(file, target.path, replace);
  else await restorePostgres(file, target.url, replace);
}
