import { z } from 'zod';
import { colorSchema, httpUrlSchema, instantSchema } from './common';

/** Largest schedule file accepted, uploaded or fetched (the 38C3 schedule.xml is 2.2 MB). */
export const MAX_SCHEDULE_BYTES = 20_000_000;

export const scheduleFormats = ['json', 'xml', 'ics'] as const;
export const scheduleFormatSchema = z.enum(scheduleFormats);
export type ScheduleFormat = z.infer<typeof scheduleFormatSchema>;

/**
 * Either the file's text or the address of a schedule.json/.xml/.ics to fetch. `format` is a
 * hint; without it the format is recognised from the content. (A file can also be uploaded as
 * its raw bytes, any content type but JSON, with `?format=`: that is how the console sends it,
 * so the server decodes the characters itself.)
 */
export const scheduleImportRequestSchema = z.union([
  // An empty file is read (and refused as unreadable) like any other, with the reason.
  z.strictObject({
    content: z.string().max(MAX_SCHEDULE_BYTES),
    format: scheduleFormatSchema.optional(),
  }),
  z.strictObject({
    url: httpUrlSchema.max(2_000),
    format: scheduleFormatSchema.optional(),
  }),
]);
export type ScheduleImportRequest = z.infer<typeof scheduleImportRequestSchema>;

/** The query of a raw upload: the format, when the file's content should not decide it. */
export const scheduleUploadQuerySchema = z.object({ format: scheduleFormatSchema.optional() });

/** Content types a raw schedule upload may use (not text/plain: a cross-site form can send that). */
export const SCHEDULE_UPLOAD_TYPES = [
  'application/octet-stream',
  'application/xml',
  'text/xml',
  'text/calendar',
];

/** Why part of a file was skipped or adapted; the import goes on without it. */
export const importWarningCodes = [
  'event_skipped',
  'duplicate_guid',
  'unknown_type',
  'unknown_language',
  'text_truncated',
  'code_taken',
  'outside_conference_days',
  'derived_identity',
  'person_id_reused',
  'room_missing',
  'zero_length',
  'default_duration',
  'time_zone_assumed',
  'time_zone_mismatch',
  'links_left_out',
  'session_cancelled_in_file',
  'text_decoding',
  'speakers_from_title',
] as const;
export const importWarningSchema = z.object({
  code: z.enum(importWarningCodes),
  /** The guid (or id) of the event concerned; null when the warning sums up several. */
  event: z.string().nullable(),
  message: z.string(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const sessionFieldNames = [
  'title',
  'type',
  'language',
  'status',
  'room',
  'track',
  'startsAt',
  'endsAt',
  'description',
  'recordingOptOut',
  'speakers',
  'youtube',
  'mediaCccDe',
  'slides',
  'video',
] as const;

/** One field that an import changes, with readable before and after values (room names, not ids). */
export const fieldChangeSchema = z.object({
  field: z.enum(sessionFieldNames),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const importedSessionRefSchema = z.object({
  guid: z.string(),
  code: z.string(),
  title: z.string(),
});

export const scheduleImportCountsSchema = z.object({
  sessionsAdded: z.number().int().min(0),
  sessionsChanged: z.number().int().min(0),
  sessionsRemoved: z.number().int().min(0),
  sessionsUnchanged: z.number().int().min(0),
  roomsAdded: z.number().int().min(0),
  tracksAdded: z.number().int().min(0),
  speakersAdded: z.number().int().min(0),
  warnings: z.number().int().min(0),
});
export type ScheduleImportCounts = z.infer<typeof scheduleImportCountsSchema>;

/** What was read from the file, field by field, to check against the source at a glance. */
export const scheduleImportReadSchema = z.object({
  sessions: z.number().int().min(0),
  /** Distinct people credited on sessions. */
  speakers: z.number().int().min(0),
  /** Sessions with at least one speaker. */
  sessionsWithSpeakers: z.number().int().min(0),
  rooms: z.number().int().min(0),
  tracks: z.number().int().min(0),
  /** Sessions whose recording (YouTube or media.ccc.de) the file gives. */
  recordings: z.number().int().min(0),
  /** Sessions whose recording is on another site (video.fosdem.org...): kept as a link, not embedded. */
  otherRecordings: z.number().int().min(0),
  slides: z.number().int().min(0),
  /** Links that are neither a recording nor slides: left out. */
  plainLinks: z.number().int().min(0),
  /** The first and last day the file's sessions fall on, in the conference's zone. */
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
});
export type ScheduleImportRead = z.infer<typeof scheduleImportReadSchema>;

/**
 * An import that would cancel more than this share of the published sessions must be confirmed
 * (`?confirm=true` on apply): a wrong or partial file should not empty a schedule in one tap.
 */
export const MASS_CANCEL_SHARE = 0.25;

/** What applying a file would do. Removed sessions are cancelled, not deleted, so attendees see it. */
export const scheduleImportPreviewSchema = z.object({
  previewId: z.string(),
  format: scheduleFormatSchema,
  /** The file's own conference title and acronym, to spot importing the wrong conference. */
  source: z.object({
    title: z.string(),
    acronym: z.string(),
    timeZone: z.string().nullable(),
    /** What the file was recognised as ("Pentabarf schedule.xml", "iCalendar feed"...). */
    layout: z.string(),
  }),
  /** The conference's schedule version the preview was computed against. */
  baseVersion: z.number().int(),
  expiresAt: instantSchema,
  /** When the preview was applied; null until then. */
  appliedAt: instantSchema.nullable(),
  counts: scheduleImportCountsSchema,
  read: scheduleImportReadSchema,
  /** Applying cancels more than a quarter of the published sessions: apply needs ?confirm=true. */
  confirmationRequired: z.boolean(),
  /** Published (not cancelled) sessions before the import, for the confirmation's sentence. */
  publishedSessions: z.number().int().min(0),
  sessions: z.object({
    added: z.array(importedSessionRefSchema.extend({ startsAt: instantSchema, room: z.string() })),
    changed: z.array(importedSessionRefSchema.extend({ changes: z.array(fieldChangeSchema) })),
    removed: z.array(importedSessionRefSchema),
  }),
  rooms: z.object({ added: z.array(z.object({ name: z.string(), slug: z.string() })) }),
  tracks: z.object({ added: z.array(z.object({ name: z.string(), color: colorSchema })) }),
  speakers: z.object({ added: z.array(z.object({ code: z.string(), name: z.string() })) }),
  warnings: z.array(importWarningSchema),
});
export type ScheduleImportPreview = z.infer<typeof scheduleImportPreviewSchema>;

export const scheduleImportResultSchema = z.object({
  scheduleVersion: z.number().int(),
  counts: scheduleImportCountsSchema,
  read: scheduleImportReadSchema,
});
export type ScheduleImportResult = z.infer<typeof scheduleImportResultSchema>;

/** A preview id: a UUID made by the server. */
export const previewIdSchema = z.uuid();
