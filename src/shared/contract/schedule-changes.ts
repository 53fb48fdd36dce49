import { z } from 'zod';
import { httpUrlSchema, idSchema, instantSchema } from './common';
import {
  languageSchema,
  sessionCodeSchema,
  sessionFormatSchema,
  sessionSchema,
  sessionStatusSchema,
  sessionTypeSchema,
} from './session';

/** Speakers of a session by code, in billing order; no speaker twice. */
export const speakerCodesSchema = z
  .array(z.string().min(1).max(32))
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Name each speaker once' });

/**
 * An organizer's edit of one session: any subset of the editable fields. It is a draft until
 * the schedule is published (docs/decisions/0008-schedule-publishing.md).
 */
export const sessionUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'Give the session a title').max(300),
    type: sessionTypeSchema,
    format: sessionFormatSchema,
    language: languageSchema,
    status: sessionStatusSchema,
    trackId: idSchema.nullable(),
    roomId: idSchema.nullable(),
    startsAt: instantSchema,
    endsAt: instantSchema,
    description: z.string().max(10_000),
    recordingOptOut: z.boolean(),
    links: z
      .strictObject({
        youtube: httpUrlSchema.nullable(),
        mediaCccDe: httpUrlSchema.nullable(),
        slides: httpUrlSchema.nullable(),
        video: httpUrlSchema.nullable(),
      })
      .partial(),
    speakerCodes: speakerCodesSchema,
  })
  .partial()
  .refine((u) => Object.keys(u).length > 0, { message: 'Change at least one field' })
  .refine((u) => !u.startsAt || !u.endsAt || Date.parse(u.endsAt) > Date.parse(u.startsAt), {
    path: ['endsAt'],
    message: 'The session must end after it starts',
  });
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

/**
 * `POST .../sessions` (organizer): a new session, unpublished until the next publish; the
 * server picks its code. Optional fields take the defaults an empty form shows.
 */
export const sessionCreateSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'Give the session a title').max(300),
    type: sessionTypeSchema,
    format: sessionFormatSchema.default('in-person'),
    language: languageSchema.default('en'),
    status: sessionStatusSchema.default('confirmed'),
    trackId: idSchema.nullable().default(null),
    roomId: idSchema.nullable().default(null),
    startsAt: instantSchema,
    endsAt: instantSchema,
    description: z.string().max(10_000).default(''),
    recordingOptOut: z.boolean().default(false),
    speakerCodes: speakerCodesSchema.default([]),
  })
  .refine((u) => Date.parse(u.endsAt) > Date.parse(u.startsAt), {
    path: ['endsAt'],
    message: 'The session must end after it starts',
  });
export type SessionCreate = z.infer<typeof sessionCreateSchema>;
export type SessionCreateInput = z.input<typeof sessionCreateSchema>;

export const scheduleChangeKinds = ['new', 'moved', 'cancelled', 'changed'] as const;
export const scheduleChangeKindSchema = z.enum(scheduleChangeKinds);
export type ScheduleChangeKind = z.infer<typeof scheduleChangeKindSchema>;

/** Fields a changelog entry can name; links count as one. */
export const changeFields = [
  'title',
  'type',
  'format',
  'language',
  'status',
  'trackId',
  'roomId',
  'startsAt',
  'endsAt',
  'description',
  'recordingOptOut',
  'links',
  'speakers',
] as const;
export const changeFieldSchema = z.enum(changeFields);
export type ChangeField = z.infer<typeof changeFieldSchema>;

/** Where and when a session takes place: what "moved" compares. */
export const sessionPlaceSchema = z.object({
  roomId: idSchema.nullable(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  status: sessionStatusSchema,
});
export type SessionPlace = z.infer<typeof sessionPlaceSchema>;

/** One session's change between two published versions (or from the published one to the draft). */
export const scheduleChangeSchema = z.object({
  code: sessionCodeSchema,
  title: z.string(),
  kind: scheduleChangeKindSchema,
  fields: z.array(changeFieldSchema),
  /** Null for a new session. */
  before: sessionPlaceSchema.nullable(),
  after: sessionPlaceSchema,
});
export type ScheduleChange = z.infer<typeof scheduleChangeSchema>;

export const publishedChangeSchema = scheduleChangeSchema.extend({
  /** The schedule version that published this change. */
  version: z.number().int().min(1),
  publishedAt: instantSchema,
});
export type PublishedChange = z.infer<typeof publishedChangeSchema>;

/**
 * `GET .../schedule/changes?since=` — what was published after the version the client saw;
 * `code` narrows it to one session (its page shows its own history).
 */
export const scheduleChangesQuerySchema = z.object({
  since: z.coerce.number().int().min(0).max(2_147_483_647),
  code: sessionCodeSchema.optional(),
});
export type ScheduleChangesQuery = z.infer<typeof scheduleChangesQuerySchema>;

/**
 * What a client holding the session list at `since` needs to hold the current one without
 * fetching it (issue 12, docs/decisions/0018-publish-storm.md): every session changed since
 * then in its current public shape, at its place in the current list, and the codes no longer
 * listed. `tooFarBehind` says the patch would name more than half the list, so the client
 * should fetch the list instead (then `sessions` and `removed` are empty). `digest` is
 * `sessionListDigest` of the current list: a patched list with another digest missed a change
 * that publishes no version (a speaker renamed) and is refetched.
 */
export const schedulePatchSchema = z.object({
  tooFarBehind: z.boolean(),
  /** How many sessions the current list holds. */
  total: z.number().int().min(0),
  sessions: z.array(z.object({ position: z.number().int().min(0), session: sessionSchema })),
  removed: z.array(sessionCodeSchema),
  digest: z.string(),
  /** The conference answer's parts a publish can move besides its version. */
  sessionTypes: z.array(z.string()),
});
export type SchedulePatch = z.infer<typeof schedulePatchSchema>;

export const scheduleChangesSchema = z.object({
  scheduleVersion: z.number().int().min(0),
  since: z.number().int().min(0),
  changes: z.array(publishedChangeSchema),
  /** Absent when `code` narrows the changelog to one session. */
  patch: schedulePatchSchema.optional(),
});
export type ScheduleChanges = z.infer<typeof scheduleChangesSchema>;

/** The organizer's view: every session with its draft applied, and what publishing would change. */
export const scheduleDraftSchema = z.object({
  scheduleVersion: z.number().int().min(0),
  sessions: z.array(sessionSchema),
  changes: z.array(scheduleChangeSchema),
});
export type ScheduleDraft = z.infer<typeof scheduleDraftSchema>;

export const schedulePublishResultSchema = z.object({
  scheduleVersion: z.number().int().min(1),
  changes: z.array(publishedChangeSchema),
});
export type SchedulePublishResult = z.infer<typeof schedulePublishResultSchema>;
