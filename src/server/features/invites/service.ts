import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  BriefingCode,
  BriefingConfirmed,
  CreateInvite,
  CreatedInvite,
  Invite,
  InviteAccepted,
  InvitePreview,
  User,
} from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { assertCoordinates, requireVolunteerRole } from '../roles';
import * as repo from './repository';
import { newSecret, secretHash } from './tokens';

/** How long a briefing code works; the coordinator's screen shows a new one well before. */
export const BRIEFING_CODE_TTL_MS = 2 * 60_000;

function toInvite(row: repo.InviteRow): Invite {
  return {
    id: row.id,
    role: row.role_slug,
    roleName: row.role_name,
    createdAt: row.created_at,
    createdBy: row.created_by_name ?? '',
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: row.revoked_at,
  };
}

const isOrganizer = (user: User) => user.roles.includes('organizer');

/** Organizers handle every invite; a coordinator those of the roles they coordinate. */
function assertManages(
  user: User,
  row: { role_coordinator_user_id: string | null; role_name: string | null },
) {
  if (isOrganizer(user)) return;
  if (row.role_name === null || row.role_coordinator_user_id !== user.id) {
    throw new HttpProblem('forbidden', 'Only an organizer or the role’s coordinator may manage this invite.');
  }
}

export async function createInvite(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: CreateInvite,
): Promise<CreatedInvite> {
  const now = clock();
  let roleId: string | null = null;
  if (input.role) {
    const role = await requireVolunteerRole(db, conference, input.role);
    assertCoordinates(user, role);
    roleId = role.id;
  } else if (!isOrganizer(user)) {
    throw new HttpProblem('forbidden', 'Only organizers invite people without a role.');
  }
  if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) {
    throw new HttpProblem('validation_failed', 'The expiry must be in the future.', {
      expiresAt: ['The expiry must be in the future'],
    });
  }
  const token = newSecret(24);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await repo.insertInvite(trx, {
      id,
      conference_id: conference.id,
      role_id: roleId,
      token_hash: secretHash(token),
      created_by: user.id,
      created_at: toInstant(now),
      expires_at: input.expiresAt,
      max_uses: input.maxUses,
      revoked_at: null,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'volunteer.invite_created',
      subject: id,
      detail: { role: input.role, expiresAt: input.expiresAt, maxUses: input.maxUses },
      at: toInstant(now),
    });
  });
  const row = await repo.findInvite(db, conference.id, { id });
  return { invite: toInvite(row!), token };
}

export async function listInvites(db: Kysely<Database>, conference: ConferenceRow, user: User) {
  const rows = await repo.listInvites(db, conference.id);
  const visible = rows.filter(
    (r) => isOrganizer(user) || (r.role_name !== null && r.role_coordinator_user_id === user.id),
  );
  return { invites: visible.map(toInvite) };
}

export async function revokeInvite(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  id: string,
): Promise<void> {
  const row = await repo.findInvite(db, conference.id, { id });
  if (!row) throw new HttpProblem('invite_not_found', `There is no invite "${id}".`);
  assertManages(user, row);
  const now = toInstant(clock());
  await db.transaction().execute(async (trx) => {
    await repo.revokeInvite(trx, id, now);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'volunteer.invite_revoked',
      subject: id,
      at: now,
    });
  });
}

/** The invite behind a token, or the problem that stops it from being used. */
async function usableInvite(db: Kysely<Database>, conference: ConferenceRow, token: string, now: Date) {
  const row = await repo.findInvite(db, conference.id, { tokenHash: secretHash(token) });
  if (!row) throw new HttpProblem('invite_not_found', 'Check that you copied the whole link.');
  if (row.revoked_at) throw new HttpProblem('invite_revoked', 'The organizers withdrew this invite link.');
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) {
    throw new HttpProblem('invite_expired', `This invite link expired at ${row.expires_at}.`);
  }
  return row;
}

export async function previewInvite(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  token: string,
): Promise<InvitePreview> {
  const row = await usableInvite(db, conference, token, clock());
  if (row.max_uses !== null && row.uses >= row.max_uses) {
    throw new HttpProblem('invite_used_up', 'Ask the organizers for a new invite link.');
  }
  return {
    conference: conference.name,
    role:
      // Both set when the invite names a role (the join matched), both null otherwise.
      row.role_slug !== null && row.role_access !== null
        ? {
            slug: row.role_slug,
            name: row.role_name ?? '',
            description: row.role_description ?? '',
            access: row.role_access,
          }
        : null,
    expiresAt: row.expires_at,
  };
}

/**
 * Uses the invite for the logged-in person: counted once per person, and the role's membership
 * confirmed even on a restricted role, because the coordinator chose whom to send the link to.
 */
export async function acceptInvite(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  token: string,
  user: User,
): Promise<InviteAccepted> {
  const now = clock();
  const at = toInstant(now);
  const row = await usableInvite(db, conference, token, now);
  await db.transaction().execute(async (trx) => {
    if (await repo.insertUse(trx, row.id, user.id, at)) {
      if (!(await repo.takeUse(trx, row.id))) {
        throw new HttpProblem('invite_used_up', 'Ask the organizers for a new invite link.');
      }
    }
    if (row.role_id) {
      await repo.confirmMembership(trx, {
        roleId: row.role_id,
        userId: user.id,
        now: at,
        by: row.created_by,
      });
      await recordAudit(trx, {
        conferenceId: conference.id,
        userId: user.id,
        action: 'volunteer.invite_accepted',
        subject: row.id,
        detail: { role: row.role_slug },
        at,
      });
    }
  });
  return { role: row.role_slug, status: row.role_id ? 'confirmed' : null };
}

export async function createBriefingCode(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  roleSlug: string,
): Promise<BriefingCode> {
  const role = await requireVolunteerRole(db, conference, roleSlug);
  assertCoordinates(user, role);
  if (role.access !== 'restricted') {
    throw new HttpProblem(
      'role_not_restricted',
      `${role.name} is open to everyone; nobody needs a briefing.`,
    );
  }
  const now = clock();
  const token = newSecret(18);
  const expiresAt = toInstant(new Date(now.getTime() + BRIEFING_CODE_TTL_MS));
  await db.transaction().execute(async (trx) => {
    await repo.deleteExpiredBriefingCodes(trx, role.id, toInstant(now));
    await repo.insertBriefingCode(trx, {
      token_hash: secretHash(token),
      role_id: role.id,
      created_by: user.id,
      created_at: toInstant(now),
      expires_at: expiresAt,
    });
  });
  return { role: role.slug, token, expiresAt };
}

/** A volunteer at the briefing scanned the code: their membership is confirmed. */
export async function confirmAtBriefing(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  token: string,
  user: User,
): Promise<BriefingConfirmed> {
  const now = clock();
  const code = await repo.findBriefingCode(db, conference.id, secretHash(token));
  if (!code) throw new HttpProblem('briefing_not_found', 'Scan the code on the coordinator’s screen again.');
  if (Date.parse(code.expires_at) <= now.getTime()) {
    throw new HttpProblem('briefing_expired', 'This code has expired; scan the one on the screen now.');
  }
  const at = toInstant(now);
  await db.transaction().execute(async (trx) => {
    await repo.confirmMembership(trx, {
      roleId: code.role_id,
      userId: user.id,
      now: at,
      by: code.created_by,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'volunteer.briefing_confirmed',
      subject: code.slug,
      detail: { by: code.created_by },
      at,
    });
  });
  return { role: code.slug, roleName: code.name, status: 'confirmed' };
}
