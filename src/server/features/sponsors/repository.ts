import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database, SponsorLogosTable, SponsorTiersTable, SponsorsTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function findTierRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('sponsor_tiers')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('rank')
    .orderBy('name')
    .execute();
}

/** Sponsors in tier order, each with its logo's hash (null without a logo) but not the image. */
export function findSponsorRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('sponsors as s')
    .innerJoin('sponsor_tiers as t', 't.id', 's.tier_id')
    .leftJoin('sponsor_logos as l', 'l.sponsor_id', 's.id')
    .selectAll('s')
    .select('l.hash as logo_hash')
    .where('s.conference_id', '=', conferenceId)
    .orderBy('t.rank')
    .orderBy('s.position')
    .orderBy('s.name')
    .execute();
}

export function findTierRow(db: Db, conferenceId: string, id: string) {
  return db
    .selectFrom('sponsor_tiers')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findSponsorRow(db: Db, conferenceId: string, id: string) {
  return db
    .selectFrom('sponsors')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function nextTierRank(db: Db, conferenceId: string): Promise<number> {
  const row = await db
    .selectFrom('sponsor_tiers')
    .select((eb) => eb.fn.max('rank').as('max'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertTier(db: Db, row: Insertable<SponsorTiersTable>) {
  return db.insertInto('sponsor_tiers').values(row).execute();
}

export function updateTier(db: Db, id: string, patch: Updateable<SponsorTiersTable>) {
  return db.updateTable('sponsor_tiers').set(patch).where('id', '=', id).execute();
}

export function deleteTier(db: Db, id: string) {
  return db.deleteFrom('sponsor_tiers').where('id', '=', id).execute();
}

export function sponsorsOfTier(db: Db, tierId: string) {
  return db
    .selectFrom('sponsors')
    .select(['id', 'name'])
    .where('tier_id', '=', tierId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export function insertSponsor(db: Db, row: Insertable<SponsorsTable>) {
  return db.insertInto('sponsors').values(row).execute();
}

export function updateSponsor(db: Db, id: string, patch: Updateable<SponsorsTable>) {
  return db.updateTable('sponsors').set(patch).where('id', '=', id).execute();
}

/** Deletes sponsors with their logos (the logo table cascades, but not every driver enforces it). */
export async function deleteSponsors(db: Db, ids: string[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('sponsor_logos').where('sponsor_id', 'in', ids).execute();
  await db.deleteFrom('sponsors').where('id', 'in', ids).execute();
}

export function findLogoRow(db: Db, sponsorId: string) {
  return db.selectFrom('sponsor_logos').selectAll().where('sponsor_id', '=', sponsorId).executeTakeFirst();
}

export async function upsertLogo(db: Db, row: Insertable<SponsorLogosTable>) {
  await db
    .insertInto('sponsor_logos')
    .values(row)
    .onConflict((oc) =>
      oc.column('sponsor_id').doUpdateSet({
        content_type: row.content_type,
        data: row.data,
        hash: row.hash,
        width: row.width,
        height: row.height,
        bytes: row.bytes,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function deleteLogo(db: Db, sponsorId: string) {
  return db.deleteFrom('sponsor_logos').where('sponsor_id', '=', sponsorId).executeTakeFirst();
}
