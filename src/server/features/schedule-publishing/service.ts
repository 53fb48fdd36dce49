import type {
  ScheduleChange,
  ScheduleChanges,
  ScheduleChangesQuery,
  ScheduleDraft,
  SchedulePublishResult,
  Session,
  SessionUpdate,
  User,
} from '@shared/contract';
import { applyUpdate, describeChange, pruneUpdate, subjectOf } from '@shared/schedule-changes';
import { toInstant } from '@shared/time';
import type { AppDeps } from '../../deps';
import type { ConferenceRow } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { bumpScheduleVersion, lockScheduleVersion } from '../schedule-import';
import { getSession, listSessions } from '../sessions';
import * as repo from './repository';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;

/** Instants as stored: whole seconds in UTC, whatever precision the client sent. */
function normalized(update: SessionUpdate): SessionUpdate {
  const out = { ...update };
  if (out.startsAt) out.startsAt = toInstant(new Date(out.startsAt));
  if (out.endsAt) out.endsAt = toInstant(new Date(out.endsAt));
  return out;
}

function mergeUpdates(older: SessionUpdate | null, newer: SessionUpdate): SessionUpdate {
  if (!older) return newer;
  const links = older.links || newer.links ? { ...older.links, ...newer.links } : undefined;
  return { ...older, ...newer, ...(links ? { links } : {}) };
}

/** What the draft would publish, with the problems a field-level schema cannot see. */
function drafted(published: Session, update: SessionUpdate): Session {
  const session = applyUpdate(published, update);
  if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) {
    throw new HttpProblem('validation_failed', `Session ${session.code} would end before it starts.`, {
      [update.endsAt ? 'endsAt' : 'startsAt']: ['The session must end after it starts'],
    });
  }
  return session;
}

/** Every session as the organizer is editing it, and what publishing would change. */
export async function getDraft(deps: Deps, conference: ConferenceRow): Promise<ScheduleDraft> {
  const [sessions, drafts] = await Promise.all([
    listSessions(deps.db, conference, {}),
    repo.findDrafts(deps.db, conference.id),
  ]);
  const patches = await patchesByCode(deps, conference.id, drafts);
  const changes: ScheduleChange[] = [];
  const view = sessions.map((s) => {
    const patch = patches.get(s.code);
    if (!patch) return s;
    const next = applyUpdate(s, patch);
    const change = describeChange(subjectOf(s), subjectOf(next));
    if (change) changes.push(change);
    return next;
  });
  return { scheduleVersion: conference.schedule_version, sessions: view, changes };
}

async function patchesByCode(deps: Deps, conferenceId: string, drafts: repo.DraftRow[]) {
  if (drafts.length === 0) return new Map<string, SessionUpdate>();
  const codes = await deps.db
    .selectFrom('sessions')
    .select(['id', 'code'])
    .where('conference_id', '=', conferenceId)
    .execute();
  const codeOf = new Map(codes.map((r) => [r.id, r.code]));
  return new Map(drafts.map((d) => [codeOf.get(d.sessionId)!, d.patch]));
}

/**
 * Records an organizer's edit as the session's draft, merged with earlier unpublished edits.
 * The conference row is locked like a publish locks it, so an edit is never lost between a
 * publish reading the drafts and deleting them.
 */
export async function updateSession(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  code: string,
  input: SessionUpdate,
): Promise<Session> {
  const update = normalized(input);
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const id = await repo.findSessionId(trx, conference.id, code);
    if (!id) throw new HttpProblem('session_not_found', `There is no session "${code}".`);
    const exists = await repo.placeIdsExist(trx, conference.id, {
      roomId: update.roomId ?? undefined,
      trackId: update.trackId ?? undefined,
    });
    const errors: Record<string, string[]> = {};
    if (!exists.room) errors.roomId = ['There is no such room in this conference'];
    if (!exists.track) errors.trackId = ['There is no such track in this conference'];
    if (Object.keys(errors).length > 0) throw new HttpProblem('validation_failed', undefined, errors);

    const published = await getSession(trx, conference, code);
    const merged = mergeUpdates(await repo.findDraft(trx, id), update);
    const session = drafted(published, merged);
    const patch = pruneUpdate(published, merged);
    if (Object.keys(patch).length === 0) await repo.deleteDrafts(trx, [id]);
    else
      await repo.saveDraft(trx, {
        sessionId: id,
        conferenceId: conference.id,
        patch,
        userId: user.id,
        at: now,
      });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'session.drafted',
      subject: code,
      detail: { update },
      at: now,
    });
    return session;
  });
}

/**
 * Publishes every draft as one new schedule version with its changelog, computed against the
 * published sessions; attendees see the sessions change only now, all at once.
 */
export async function publishSchedule(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
): Promise<SchedulePublishResult> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const drafts = await repo.findDrafts(trx, conference.id);
    if (drafts.length === 0) throw new HttpProblem('schedule_nothing_to_publish');
    const byId = new Map(drafts.map((d) => [d.sessionId, d.patch]));
    const rows = await trx
      .selectFrom('sessions')
      .select(['id', 'code'])
      .where('id', 'in', [...byId.keys()])
      .execute();
    const changes: ScheduleChange[] = [];
    for (const row of rows.sort((a, b) => a.code.localeCompare(b.code))) {
      const published = await getSession(trx, conference, row.code);
      const next = drafted(published, byId.get(row.id)!);
      const change = describeChange(subjectOf(published), subjectOf(next));
      if (!change) continue;
      await repo.publishSession(trx, row.id, next, now);
      changes.push(change);
    }
    await repo.deleteDrafts(trx, [...byId.keys()]);
    if (changes.length === 0) throw new HttpProblem('schedule_nothing_to_publish');
    const scheduleVersion = await bumpScheduleVersion(trx, conference.id);
    await repo.insertChanges(trx, conference.id, scheduleVersion, changes, now);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'schedule.published',
      subject: String(scheduleVersion),
      detail: {
        scheduleVersion,
        changes: changes.map((c) => ({ code: c.code, kind: c.kind, fields: c.fields })),
      },
      at: now,
    });
    return {
      scheduleVersion,
      changes: changes.map((c) => ({ ...c, version: scheduleVersion, publishedAt: now })),
    };
  });
}

export async function listChanges(
  deps: Deps,
  conference: ConferenceRow,
  query: ScheduleChangesQuery,
): Promise<ScheduleChanges> {
  return {
    scheduleVersion: conference.schedule_version,
    since: query.since,
    changes: await repo.findChangesSince(deps.db, conference.id, query.since, query.code),
  };
}
