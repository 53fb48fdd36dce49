import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function findTierRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('sponsor_tiers')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('rank')
    .execute();
}

export function findSponsorRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('sponsors as s')
    .innerJoin('sponsor_tiers as t', 't.id', 's.tier_id')
    .selectAll('s')
    .where('s.conference_id', '=', conferenceId)
    .orderBy('t.rank')
    .orderBy('s.position')
    .orderBy('s.name')
    .execute();
}
