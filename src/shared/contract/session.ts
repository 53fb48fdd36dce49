import { z } from 'zod';
import { httpUrlSchema, idSchema, instantSchema, slugSchema } from './common';

export const sessionTypes = ['talk', 'short-talk', 'workshop', 'keynote', 'barcamp', 'social'] as const;
export const sessionTypeSchema = z.enum(sessionTypes);
export type SessionType = z.infer<typeof sessionTypeSchema>;

export const sessionFormats = ['in-person', 'remote', 'hybrid'] as const;
export const sessionFormatSchema = z.enum(sessionFormats);
export type SessionFormat = z.infer<typeof sessionFormatSchema>;

export const sessionStatuses = ['confirmed', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** Session codes follow pretalx: short, uppercase, URL-safe. */
export const sessionCodeSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, dashes and underscores');

/** BCP 47 language tag such as en, de or fr-CA. */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag like en or de');

export const sessionLinksSchema = z.object({
  youtube: httpUrlSchema.nullable(),
  mediaCccDe: httpUrlSchema.nullable(),
  slides: httpUrlSchema.nullable(),
  /**
   * The recording on a site Lanyard links to rather than embeds (video.fosdem.org, Vimeo...).
   * Optional for clients of earlier versions; the server always sends it.
   */
  video: httpUrlSchema.nullable().optional(),
});
export type SessionLinks = z.infer<typeof sessionLinksSchema>;

/** The speaker as listed on a session: enough to render a byline and link to the speaker page. */
export const sessionSpeakerSchema = z.object({
  code: z.string(),
  name: z.string(),
});
export type SessionSpeaker = z.infer<typeof sessionSpeakerSchema>;

export const sessionSchema = z.object({
  code: sessionCodeSchema,
  /**
   * Stable UUID shared with exports, so media.ccc.de and EventFahrplan can link to it. Any
   * 8-4-4-4-12 hex: imported frab and wafer guids keep their non-RFC version/variant digits.
   */
  guid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  slug: slugSchema,
  title: z.string().min(1).max(300),
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
  speakers: z.array(sessionSpeakerSchema),
  links: sessionLinksSchema,
  updatedAt: instantSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.object({
  /**
   * The schedule version the list is at least as new as: a client patches it with the changes
   * published since (`GET .../schedule/changes?since=`) instead of fetching it again.
   */
  scheduleVersion: z.number().int().min(0),
  sessions: z.array(sessionSchema),
});
export type SessionList = z.infer<typeof sessionListSchema>;

/** Filters accepted by `GET .../sessions`; all optional, combined with AND. */
export const sessionFiltersSchema = z.object({
  day: z.iso.date().optional(),
  track: slugSchema.optional(),
  room: slugSchema.optional(),
  type: sessionTypeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type SessionFilters = z.infer<typeof sessionFiltersSchema>;
