import { Hono } from 'hono';
import {
  apiRoutes,
  deleteQuerySchema,
  MAX_SCHEDULE_BYTES,
  SCHEDULE_UPLOAD_TYPES,
  scheduleUploadQuerySchema,
  previewIdSchema,
  recordingLinkRequestSchema,
  scheduleImportRequestSchema,
  type RecordingLinkResult,
  type ScheduleImportPreview,
  type ScheduleImportResult,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import type { Context } from 'hono';
import { readCappedBody, readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { applyImport, getPreview, linkRecordings, previewImport, type ImportSource } from './service';

const NO_STORE = { 'Cache-Control': 'no-store' };
// The file travels as a JSON string, where escaping can make it longer than the file itself.
const MAX_IMPORT_BODY = MAX_SCHEDULE_BYTES * 2;
const MAX_RECORDINGS_BODY = 10_000_000;

/**
 * The file to preview: a JSON request (its text, or a URL to fetch), or the file's raw bytes, so
 * that the server decodes its characters (charset, iCalendar folds inside a character) itself.
 */
async function importSource(c: Context<AppEnv>): Promise<ImportSource> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (SCHEDULE_UPLOAD_TYPES.includes(type)) {
    const { format } = readQuery(c, scheduleUploadQuerySchema);
    const tooLarge = () =>
      new HttpProblem(
        'payload_too_large',
        `The schedule file can be at most ${MAX_SCHEDULE_BYTES / 1_000_000} MB.`,
      );
    return { bytes: await readCappedBody(c, MAX_SCHEDULE_BYTES, tooLarge), ...(format ? { format } : {}) };
  }
  return readJson(c, scheduleImportRequestSchema, { maxBytes: MAX_IMPORT_BODY });
}

/** Schedule import (preview, then apply) and recording links: organizers only. */
export function scheduleImportRoutes(deps: AppDeps) {
  const organizer = requireRole('organizer');
  return new Hono<AppEnv>()
    .post(apiRoutes.scheduleImportPreview, organizer, async (c) => {
      const slug = slugParam(c);
      const request = await importSource(c);
      const conference = await requireConference(deps.db, slug);
      const body: ScheduleImportPreview = await previewImport(deps, conference, c.get('user')!, request);
      return c.json(body, 201, NO_STORE);
    })
    .get(apiRoutes.scheduleImport, organizer, async (c) => {
      const slug = slugParam(c);
      const previewId = parseOrThrow(previewIdSchema, c.req.param('previewId'), 'preview id');
      const conference = await requireConference(deps.db, slug);
      const body: ScheduleImportPreview = await getPreview(deps, conference, previewId);
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.scheduleImportApply, organizer, async (c) => {
      const slug = slugParam(c);
      const previewId = parseOrThrow(previewIdSchema, c.req.param('previewId'), 'preview id');
      const conference = await requireConference(deps.db, slug);
      const confirmed = readQuery(c, deleteQuerySchema).confirm === 'true';
      const { touched, ...result } = await applyImport(
        deps,
        conference,
        c.get('user')!,
        previewId,
        confirmed,
      );
      if (touched.conference) await publishChange(deps, slug, 'conference');
      if (touched.speakers) await publishChange(deps, slug, 'speakers');
      if (touched.sessions) await publishChange(deps, slug, 'sessions');
      const body: ScheduleImportResult = result;
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.recordingsLink, organizer, async (c) => {
      const slug = slugParam(c);
      const request = await readJson(c, recordingLinkRequestSchema, { maxBytes: MAX_RECORDINGS_BODY });
      const conference = await requireConference(deps.db, slug);
      const body: RecordingLinkResult = await linkRecordings(deps, conference, c.get('user')!, request);
      if (body.updated > 0) await publishChange(deps, slug, 'sessions');
      return c.json(body, 200, NO_STORE);
    });
}
