import type { Migration } from 'kysely';
import * as initial from './0001-initial';

/** Every migration, in order. Names sort lexically; never rename or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};
