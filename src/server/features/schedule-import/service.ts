import { randomUUID } from 'node:crypto';
import {
  MASS_CANCEL_SHARE,
  scheduleFormats,
  scheduleImportPreviewSchema,
  type ScheduleFormat,
  type ImportWarning,
  type RecordingLinkRequest,
  type RecordingLinkResult,
  type ScheduleImportCounts,
  type ScheduleImportPreview,
  type ScheduleImportRequest,
  type ScheduleImportResult,
  type User,
} from '@shared/contract';
import {
  matchMediaCccDe,
  matchYoutubeCsv,
  needsConfirmation,
  parseSchedule,
  planImport,
  readSummary,
  type ImportedSchedule,
  type ImportPlan,
  type RecordingLinking,
} from '@shared/interop';
import { importChanges } from '@shared/schedule-changes';
import { CsvError } from '@shared/tickets/csv';
import { toInstant } from '@shared/time';
import type { AppDeps } from '../../deps';
import { readJson, writeJson } from '../../db/json-column';
import type { ConferenceRow } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { bumpScheduleVersion, insertChanges, lockScheduleVersion } from '../schedule-publishing';
import { defaultFetchPolicy, fetchSchedule } from './fetch-schedule';
import * as repo from './repository';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock' | 'scheduleFetch'>;

/** Long enough to read a big preview; short enough that a forgotten one does not linger. */
const PREVIEW_TTL_MS = 60 * 60_000;

function counts(plan: ImportPlan, warnings: ImportWarning[]): ScheduleImportCounts {
  return {
    sessionsAdded: plan.added.length,
    sessionsChanged: plan.changed.length,
    sessionsRemoved: plan.removed.length,
    sessionsUnchanged: plan.unchanged,
    roomsAdded: plan.rooms.length,
    tracksAdded: plan.tracks.length,
    speakersAdded: plan.speakers.length,
    warnings: warnings.length,
  };
}

function previewOf(
  id: string,
  schedule: ImportedSchedule,
  plan: ImportPlan,
  conference: ConferenceRow,
  expiresAt: string,
): ScheduleImportPreview {
  const warnings = [...schedule.warnings, ...plan.warnings];
  const roomName = new Map(plan.rooms.map((r) => [r.id, r.name]));
  const fileRoom = new Map(schedule.sessions.map((s) => [s.guid, s.room]));
  return {
    previewId: id,
    format: schedule.format,
    source: {
      title: schedule.conference.title,
      acronym: schedule.conference.acronym,
      timeZone: schedule.conference.timeZone,
      layout: schedule.layout,
    },
    baseVersion: conference.schedule_version,
    expiresAt,
    appliedAt: null,
    counts: counts(plan, warnings),
    read: readSummary(schedule, conference.time_zone),
    confirmationRequired: needsConfirmation(plan, MASS_CANCEL_SHARE),
    publishedSessions: plan.published,
    sessions: {
      added: plan.added.map((s) => ({
        guid: s.guid,
        code: s.code,
        title: s.values.title,
        startsAt: s.values.startsAt,
        room: (s.values.roomId && roomName.get(s.values.roomId)) || fileRoom.get(s.guid) || '',
      })),
      changed: plan.changed.map((s) => ({ guid: s.guid, code: s.code, title: s.title, changes: s.changes })),
      removed: plan.removed.map((s) => ({ guid: s.guid, code: s.code, title: s.title })),
    },
    rooms: { added: plan.rooms.map((r) => ({ name: r.name, slug: r.slug })) },
    tracks: { added: plan.tracks.map((t) => ({ name: t.name, color: t.color })) },
    speakers: { added: plan.speakers.map((s) => ({ code: s.code, name: s.name })) },
    warnings,
  };
}

/** A file to import: its text (JSON request), its raw bytes (upload) or its address. */
export type ImportSource = ScheduleImportRequest | { bytes: Uint8Array; format?: ScheduleFormat };

async function readSource(deps: Deps, request: ImportSource): Promise<string | Uint8Array> {
  if ('content' in request) return request.content;
  if ('bytes' in request) return request.bytes;
  return fetchSchedule(request.url, { ...defaultFetchPolicy, ...deps.scheduleFetch });
}

/**
 * A file that yields no session is refused before anything is stored: applying it would cancel
 * the whole schedule. The sentence says why the events were not read, from the first warnings.
 */
function refuseEmpty(schedule: ImportedSchedule): never {
  const skipped = schedule.warnings.filter((w) => w.code === 'event_skipped');
  const reasons = [...new Set(skipped.slice(0, 3).map((w) => w.message))].join(' ');
  throw new HttpProblem(
    'import_empty',
    skipped.length > 0
      ? `None of the file's ${skipped.length} event(s) could be read as a session, so importing it would cancel every session. ${reasons}`
      : `This ${schedule.layout} holds no sessions, so importing it would cancel every session. Check that it is the published schedule and not an empty export.`,
  );
}

/**
 * Parses the file and compares it with the conference, synchronously: the 38C3 schedule.xml
 * (2.2 MB, 1,007 events) parses and diffs in well under a second, so no job queue is needed
 * and the client shows an indeterminate progress bar while the request runs.
 */
export async function previewImport(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  request: ImportSource,
): Promise<ScheduleImportPreview> {
  const content = await readSource(deps, request);
  const parsed = parseSchedule(content, request.format, {
    fallbackTimeZone: conference.time_zone,
    identityScope: conference.slug,
  });
  if (!parsed.ok) throw new HttpProblem('import_unreadable', parsed.reason);
  if (parsed.schedule.sessions.length === 0) refuseEmpty(parsed.schedule);
  const current = await repo.loadCurrentSchedule(deps.db, conference);
  const plan = planImport(current, parsed.schedule, { newId: randomUUID });
  const now = deps.clock();
  const id = randomUUID();
  const preview = previewOf(
    id,
    parsed.schedule,
    plan,
    conference,
    toInstant(new Date(now.getTime() + PREVIEW_TTL_MS)),
  );
  await repo.purgeExpiredPreviews(deps.db, toInstant(now));
  await repo.insertPreview(deps.db, {
    id,
    conferenceId: conference.id,
    userId: user.id,
    format: parsed.schedule.format,
    source: 'url' in request ? request.url : 'upload',
    baseVersion: conference.schedule_version,
    schedule: writeJson(parsed.schedule),
    summary: writeJson(preview),
    createdAt: toInstant(now),
    expiresAt: preview.expiresAt,
  });
  return preview;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored file's shape, checked at the top: the reader wrote it, and checking every session
 * again would cost as much as reading the file.
 */
function isImportedSchedule(value: unknown): value is ImportedSchedule {
  return (
    isRecord(value) &&
    (scheduleFormats as readonly unknown[]).includes(value.format) &&
    typeof value.layout === 'string' &&
    isRecord(value.conference) &&
    Array.isArray(value.conference.days) &&
    Array.isArray(value.rooms) &&
    Array.isArray(value.tracks) &&
    Array.isArray(value.sessions) &&
    Array.isArray(value.warnings)
  );
}

/** A preview as it was answered (after a reload, or to another organizer). */
export async function getPreview(
  deps: Deps,
  conference: ConferenceRow,
  previewId: string,
): Promise<ScheduleImportPreview> {
  const row = await repo.findLivePreview(deps.db, conference.id, previewId, toInstant(deps.clock()));
  if (!row) throw new HttpProblem('import_preview_not_found', `There is no live preview ${previewId}.`);
  const summary = readJson(row.summary, scheduleImportPreviewSchema, 'schedule_import_previews.summary');
  return { ...summary, appliedAt: row.applied_at };
}

export interface AppliedImport extends ScheduleImportResult {
  /** Which stream topics to announce after the commit. */
  touched: { sessions: boolean; speakers: boolean; conference: boolean };
}

/**
 * Applies a preview in one transaction. The plan is computed again from the stored file and the
 * locked conference, so what is written is exactly what the preview showed as long as the
 * schedule version has not moved; when it has, the organizer is asked to preview again.
 */
export async function applyImport(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  previewId: string,
  confirmed: boolean,
): Promise<AppliedImport> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    const version = await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const preview = await repo.findLivePreview(trx, conference.id, previewId, now);
    if (!preview) throw new HttpProblem('import_preview_not_found', `There is no live preview ${previewId}.`);
    if (preview.applied_at) throw new HttpProblem('import_preview_applied');
    if (preview.base_version !== version) {
      throw new HttpProblem(
        'import_preview_stale',
        `The preview was made at schedule version ${preview.base_version}; it is now ${version}.`,
      );
    }
    if (!(await repo.markPreviewApplied(trx, preview.id, user.id, now))) {
      throw new HttpProblem('import_preview_applied');
    }
    const schedule = readJson(preview.schedule, isImportedSchedule, 'schedule_import_previews.schedule');
    const current = await repo.loadCurrentSchedule(trx, { ...conference, schedule_version: version });
    const plan = planImport(current, schedule, { newId: randomUUID });
    if (!confirmed && needsConfirmation(plan, MASS_CANCEL_SHARE)) {
      throw new HttpProblem(
        'import_confirmation_required',
        `Applying this file cancels ${plan.removed.length} of the ${plan.published} published sessions. Apply again with confirmation if that is intended.`,
      );
    }
    await repo.applyPlan(trx, conference.id, plan, now);
    const changed = plan.added.length + plan.changed.length + plan.removed.length > 0;
    const scheduleVersion = changed ? await bumpScheduleVersion(trx, conference.id) : version;
    // An applied import publishes itself, changelog included (docs/decisions/0008).
    if (changed) await insertChanges(trx, conference.id, scheduleVersion, importChanges(current, plan), now);
    const result = counts(plan, [...schedule.warnings, ...plan.warnings]);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'schedule.imported',
      subject: preview.id,
      detail: { source: preview.source, format: preview.format, scheduleVersion, counts: result },
      at: now,
    });
    return {
      scheduleVersion,
      counts: result,
      read: readSummary(schedule, conference.time_zone),
      touched: {
        sessions: changed,
        speakers:
          plan.speakers.length > 0 || plan.changed.some((c) => c.changes.some((x) => x.field === 'speakers')),
        conference: changed || plan.rooms.length + plan.tracks.length > 0,
      },
    };
  });
}

function matchRecordings(
  body: RecordingLinkRequest,
  sessions: Parameters<typeof matchMediaCccDe>[1],
): RecordingLinking {
  if ('mediaCccDe' in body) return matchMediaCccDe(body.mediaCccDe.events, sessions);
  try {
    return matchYoutubeCsv(body.csv, sessions);
  } catch (err) {
    if (err instanceof CsvError)
      throw new HttpProblem('recordings_unreadable', `Line ${err.line}: ${err.message}.`);
    throw err;
  }
}

/** Sets media.ccc.de or YouTube links in one transaction and reports what did not match. */
export async function linkRecordings(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  body: RecordingLinkRequest,
): Promise<RecordingLinkResult> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.findLinkableSessions(trx, conference.id);
    const { matches, misses } = matchRecordings(body, rows);
    const current = new Map(rows.map((r) => [r.id, r]));
    let updated = 0;
    for (const m of matches) {
      const row = current.get(m.sessionId)!;
      if ((m.link === 'youtube' ? row.youtube_url : row.media_ccc_de_url) === m.url) continue;
      await repo.setRecordingLink(trx, m.sessionId, m.link, m.url, now);
      updated++;
    }
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'recordings.linked',
      detail: {
        source: 'csv' in body ? 'youtube-csv' : 'media.ccc.de',
        matched: matches.length,
        unmatched: misses.length,
        updated,
      },
      at: now,
    });
    return {
      matched: matches.map(({ sessionId: _, ...m }) => m),
      unmatched: misses,
      updated,
    };
  });
}
