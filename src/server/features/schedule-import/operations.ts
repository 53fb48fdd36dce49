import {
  apiRoutes,
  recordingLinkRequestSchema,
  recordingLinkResultSchema,
  scheduleImportPreviewSchema,
  scheduleImportRequestSchema,
  scheduleImportResultSchema,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

export const scheduleImportOperations: Operation[] = [
  {
    method: 'post',
    path: apiRoutes.scheduleImportPreview,
    summary:
      'Read a pretalx/frab schedule.json or frab schedule.xml (uploaded text or fetched from a URL) and preview what importing it would add, change and cancel',
    tag: 'schedule import',
    body: scheduleImportRequestSchema,
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
    auth: 'organizer',
  },
  {
    method: 'get',
    path: apiRoutes.scheduleImport,
    summary: 'A preview as it was made, and whether it was applied',
    tag: 'schedule import',
    responses: { 200: scheduleImportPreviewSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'import_preview_not_found'],
    auth: 'organizer',
  },
  {
    method: 'post',
    path: apiRoutes.scheduleImportApply,
    summary: 'Apply a preview in one transaction; bumps the schedule version when anything changed',
    tag: 'schedule import',
    responses: { 200: scheduleImportResultSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'import_preview_not_found',
      'import_preview_applied',
      'import_preview_stale',
    ],
    auth: 'organizer',
  },
  {
    method: 'post',
    path: apiRoutes.recordingsLink,
    summary:
      'Link recordings from a media.ccc.de conference JSON or a CSV of session code or title and YouTube URL',
    tag: 'schedule import',
    body: recordingLinkRequestSchema,
    responses: { 200: recordingLinkResultSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'recordings_unreadable',
      'payload_too_large',
    ],
    auth: 'organizer',
  },
];
