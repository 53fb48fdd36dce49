import type { Context } from 'hono';
import {
  apiRoutes,
  confirmQuerySchema,
  MAX_SCHEDULE_BYTES,
  SCHEDULE_UPLOAD_TYPES,
  scheduleUploadQuerySchema,
  previewIdSchema,
  recordingLinkRequestSchema,
  recordingLinkResultSchema,
  scheduleImportPreviewSchema,
  scheduleImportRequestSchema,
  scheduleImportResultSchema,
  type RecordingLinkResult,
  type ScheduleImportPreview,
  type ScheduleImportRequest,
  type ScheduleImportResult,
} from '@shared/contract';
import type { AppEnv } from '../../deps';
import { readCappedBody, readQuery } from '../../http/body';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
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
async function importSource(
  c: Context<AppEnv>,
  readRequest: () => Promise<ScheduleImportRequest>,
): Promise<ImportSource> {
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
  return readRequest();
}

const tag = 'schedule import';
const auth = 'organizer';

/** Schedule import (preview, then apply) and recording links: organizers only. */
export const scheduleImportEndpoints = endpointGroup('schedule-import', { tag }, [
  endpoint({
    method: 'post',
    path: apiRoutes.scheduleImportPreview,
    summary:
      'Read a pretalx/frab schedule.json or frab schedule.xml (uploaded text or fetched from a URL) and preview what importing it would add, change and cancel',
    body: scheduleImportRequestSchema,
    maxBodyBytes: MAX_IMPORT_BODY,
    responses: { 201: scheduleImportPreviewSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'import_unreadable',
      'import_url_refused',
      'import_fetch_failed',
      'payload_too_large',
    ],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const slug = slugParam(c);
        const request = await importSource(c, body);
        const conference = await requireConference(deps.db, slug);
        const preview: ScheduleImportPreview = await previewImport(deps, conference, user(), request);
        return c.json(preview, 201, NO_STORE);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleImport,
    summary: 'A preview as it was made, and whether it was applied',
    responses: { 200: scheduleImportPreviewSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'import_preview_not_found'],
    auth,
    handler: (deps) => async (c) => {
      const slug = slugParam(c);
      const previewId = parseOrThrow(previewIdSchema, c.req.param('previewId'), 'preview id');
      const conference = await requireConference(deps.db, slug);
      const body: ScheduleImportPreview = await getPreview(deps, conference, previewId);
      return c.json(body, 200, NO_STORE);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.scheduleImportApply,
    summary: 'Apply a preview in one transaction; bumps the schedule version when anything changed',
    responses: { 200: scheduleImportResultSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'import_preview_not_found',
      'import_preview_applied',
      'import_preview_stale',
    ],
    auth,
    handler:
      (deps) =>
      async (c, { user }) => {
        const slug = slugParam(c);
        const previewId = parseOrThrow(previewIdSchema, c.req.param('previewId'), 'preview id');
        const conference = await requireConference(deps.db, slug);
        const { confirm: confirmed } = readQuery(c, confirmQuerySchema);
        const { touched, ...result } = await applyImport(deps, conference, user(), previewId, confirmed);
        if (touched.conference) await publishChange(deps, slug, 'conference');
        if (touched.speakers) await publishChange(deps, slug, 'speakers');
        if (touched.sessions) await publishChange(deps, slug, 'sessions');
        const body: ScheduleImportResult = result;
        return c.json(body, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.recordingsLink,
    summary:
      'Link recordings from a media.ccc.de conference JSON or a CSV of session code or title and YouTube URL',
    body: recordingLinkRequestSchema,
    maxBodyBytes: MAX_RECORDINGS_BODY,
    responses: { 200: recordingLinkResultSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'recordings_unreadable',
      'payload_too_large',
    ],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const slug = slugParam(c);
        const request = await body();
        const conference = await requireConference(deps.db, slug);
        const result: RecordingLinkResult = await linkRecordings(deps, conference, user(), request);
        if (result.updated > 0) await publishChange(deps, slug, 'sessions');
        return c.json(result, 200, NO_STORE);
      },
  }),
]);
