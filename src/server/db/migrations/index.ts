import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as volunteers from './0002-volunteers';
import * as tickets from './0003-tickets';
import * as scheduleImport from './0004-schedule-import';
import * as schedulePublishing from './0005-schedule-publishing';

/** Every migration, in order. Names sort lexically; never rename or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-volunteers': volunteers,
  '0003-tickets': tickets,
  '0004-schedule-import': scheduleImport,
  '0005-schedule-publishing': schedulePublishing,
};
