import { z } from 'zod';
import {
  colorSchema,
  httpUrlSchema,
  idSchema,
  localDateSchema,
  localTimeSchema,
  slugSchema,
  timeZoneSchema,
} from './common';

export const venueSchema = z.object({
  name: z.string().min(1).max(200),
  address: z.string().max(500),
  directions: z.array(z.string().max(300)).max(20),
});
export type Venue = z.infer<typeof venueSchema>;

/** A conference day as attendees know it; it runs from 04:00 to 04:00 local time. */
export const conferenceDaySchema = z.object({
  date: localDateSchema,
  label: z.string().min(1).max(120),
  opensAt: localTimeSchema,
  closesAt: localTimeSchema,
  note: z.string().max(500).nullable(),
});
export type ConferenceDay = z.infer<typeof conferenceDaySchema>;

export const roomSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  name: z.string().min(1).max(120),
  position: z.number().int().min(0),
  liveStreamUrl: httpUrlSchema.nullable(),
});
export type Room = z.infer<typeof roomSchema>;

export const trackSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  name: z.string().min(1).max(120),
  color: colorSchema,
});
export type Track = z.infer<typeof trackSchema>;

/** What `GET /api/conferences` lists: enough to pick an edition. */
export const conferenceSummarySchema = z.object({
  slug: slugSchema,
  name: z.string().min(1).max(200),
  timeZone: timeZoneSchema,
  startDate: localDateSchema,
  endDate: localDateSchema,
  venueName: z.string(),
  scheduleVersion: z.number().int().min(0),
});
export type ConferenceSummary = z.infer<typeof conferenceSummarySchema>;

/** One edition with everything needed to lay out its schedule. */
export const conferenceSchema = conferenceSummarySchema.extend({
  venue: venueSchema,
  days: z.array(conferenceDaySchema),
  rooms: z.array(roomSchema),
  tracks: z.array(trackSchema),
  sessionTypes: z.array(z.string()),
});
export type Conference = z.infer<typeof conferenceSchema>;

export const conferenceListSchema = z.object({ conferences: z.array(conferenceSummarySchema) });
export type ConferenceList = z.infer<typeof conferenceListSchema>;

/** What a new edition can take over from a previous one; tickets, sessions and check-in lists never. */
export const editionCopyParts = [
  'rooms',
  'tracks',
  'sponsorTiers',
  'sponsors',
  'volunteerRoles',
  'ticketTypes',
] as const;
export const editionCopyPartSchema = z.enum(editionCopyParts);
export type EditionCopyPart = z.infer<typeof editionCopyPartSchema>;

/** A new, empty edition; its days run from startDate to endDate (at most 31 of them). */
export const createConferenceSchema = z
  .strictObject({
    slug: slugSchema,
    name: z.string().trim().min(1).max(200),
    timeZone: timeZoneSchema,
    startDate: localDateSchema,
    endDate: localDateSchema,
    venueName: z.string().trim().min(1).max(200),
    venueAddress: z.string().trim().max(500).default(''),
    /** Slug of a previous edition to take `copy` from, in the same transaction. */
    copyFrom: slugSchema.optional(),
    copy: z.array(editionCopyPartSchema).max(editionCopyParts.length).default([]),
  })
  .refine((c) => c.copy.length === 0 || c.copyFrom !== undefined, {
    path: ['copyFrom'],
    message: 'Choose the edition to copy from',
  })
  .refine((c) => !c.copy.includes('sponsors') || c.copy.includes('sponsorTiers'), {
    path: ['copy'],
    message: 'Sponsors can only be copied together with their tiers',
  })
  .refine((c) => c.endDate >= c.startDate, {
    path: ['endDate'],
    message: 'The end date is before the start date',
  })
  .refine((c) => Date.parse(c.endDate) - Date.parse(c.startDate) <= 30 * 86_400_000, {
    path: ['endDate'],
    message: 'A conference lasts at most 31 days',
  });
export type CreateConference = z.infer<typeof createConferenceSchema>;
export type CreateConferenceInput = z.input<typeof createConferenceSchema>;
