import type { Kysely, Transaction } from 'kysely';
import type { Insertable } from 'kysely';
import type { Database, RoleBriefingCodesTable, VolunteerInvitesTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

function inviteQuery(db: Db) {
  return db
    .selectFrom('volunteer_invites as i')
    .leftJoin('volunteer_roles as r', 'r.id', 'i.role_id')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .selectAll('i')
    .select([
      'r.slug as role_slug',
      'r.name as role_name',
      'r.description as role_description',
      'r.access as role_access',
      'r.coordinator_user_id as role_coordinator_user_id',
      'u.name as created_by_name',
    ]);
}
export type InviteRow = Awaited<ReturnType<typeof findInvite>> & {};

export function findInvite(db: Db, conferenceId: string, where: { id?: string; tokenHash?: string }) {
  let q = inviteQuery(db).where('i.conference_id', '=', conferenceId);
  if (where.id !== undefined) q = q.where('i.id', '=', where.id);
  if (where.tokenHash !== undefined) q = q.where('i.token_hash', '=', where.tokenHash);
  return q.executeTakeFirst();
}

export function listInvites(db: Db, conferenceId: string) {
  return inviteQuery(db)
    .where('i.conference_id', '=', conferenceId)
    .orderBy('i.created_at', 'desc')
    .execute();
}

export async function insertInvite(db: Db, row: Insertable<VolunteerInvitesTable>): Promise<void> {
  await db.insertInto('volunteer_invites').values(row).execute();
}

export async function revokeInvite(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('volunteer_invites')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Records that `userId` used the invite; false when they already had. */
export async function insertUse(db: Db, inviteId: string, userId: string, now: string): Promise<boolean> {
  const result = await db
    .insertInto('volunteer_invite_uses')
    .values({ invite_id: inviteId, user_id: userId, used_at: now })
    .onConflict((oc) => oc.columns(['invite_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Counts one use unless the invite is used up, in one conditional UPDATE so two people taking
 * the last use at the same time cannot both get it. False when nothing was left.
 */
export async function takeUse(db: Db, inviteId: string): Promise<boolean> {
  const result = await db
    .updateTable('volunteer_invites')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', inviteId)
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Confirms a membership (adding it when absent). */
export async function confirmMembership(
  db: Db,
  m: { roleId: string; userId: string; now: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('volunteer_role_members')
    .values({
      role_id: m.roleId,
      user_id: m.userId,
      status: 'confirmed',
      joined_at: m.now,
      confirmed_at: m.now,
      confirmed_by: m.by,
    })
    .onConflict((oc) =>
      oc.columns(['role_id', 'user_id']).doUpdateSet({
        status: 'confirmed',
        confirmed_at: m.now,
        confirmed_by: m.by,
      }),
    )
    .execute();
}

export async function insertBriefingCode(db: Db, row: RoleBriefingCodesTable): Promise<void> {
  await db.insertInto('role_briefing_codes').values(row).execute();
}

/** Codes are only useful for minutes; old ones of the role go when a new one is made. */
export async function deleteExpiredBriefingCodes(db: Db, roleId: string, now: string): Promise<void> {
  await db
    .deleteFrom('role_briefing_codes')
    .where('role_id', '=', roleId)
    .where('expires_at', '<=', now)
    .execute();
}

export function findBriefingCode(db: Db, conferenceId: string, tokenHash: string) {
  return db
    .selectFrom('role_briefing_codes as b')
    .innerJoin('volunteer_roles as r', 'r.id', 'b.role_id')
    .select(['b.role_id', 'b.created_by', 'b.expires_at', 'r.slug', 'r.name'])
    .where('r.conference_id', '=', conferenceId)
    .where('b.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
