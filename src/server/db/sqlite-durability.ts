/**
 * How hard SQLite waits for the disk (decision 14), from LANYARD_SQLITE_SYNCHRONOUS. With WAL:
 * FULL syncs the log on every commit, so an acknowledged scan or sign-up survives a power cut
 * or an OS crash; NORMAL syncs only at checkpoints and can lose the last commits then (never
 * the database's consistency). A crash of the process alone loses nothing either way.
 */
export const sqliteSynchronousLevels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;
export type SqliteSynchronous = (typeof sqliteSynchronousLevels)[number];

export const DEFAULT_SQLITE_SYNCHRONOUS: SqliteSynchronous = 'FULL';

export function sqliteSynchronous(value = process.env.LANYARD_SQLITE_SYNCHRONOUS): SqliteSynchronous {
  const level = (value ?? '').trim().toUpperCase();
  if (level === '') return DEFAULT_SQLITE_SYNCHRONOUS;
  const known = sqliteSynchronousLevels.find((l) => l === level);
  if (!known)
    throw new Error(
      `LANYARD_SQLITE_SYNCHRONOUS must be one of ${sqliteSynchronousLevels.join(', ')}, not "${value}"`,
    );
  return known;
}
