import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './common';
import { ticketIdSchema, ticketStatusSchema } from './ticket';

/**
 * Every answer a desk can show. `ok` and `needs_attention` admit (the second after someone
 * reads the note out); all others refuse. Stable codes: desks branch on them, offline too.
 */
export const verdictCodes = [
  'ok',
  'needs_attention',
  'already_checked_in',
  'unknown_or_forged',
  'wrong_ticket_type',
  'wrong_day',
  'not_valid_yet',
  'expired',
  'cancelled',
  'revoked',
  'blocked',
] as const;
export const verdictCodeSchema = z.enum(verdictCodes);
export type VerdictCode = z.infer<typeof verdictCodeSchema>;

export const scanDirections = ['entry', 'exit'] as const;
export const scanDirectionSchema = z.enum(scanDirections);
export type ScanDirection = z.infer<typeof scanDirectionSchema>;

/** Where and when a ticket was let in before: "already checked in at 10:42 at Desk 2". */
export const previousAdmissionSchema = z.object({
  at: instantSchema,
  deskId: z.string(),
  deskName: z.string(),
});
export type PreviousAdmission = z.infer<typeof previousAdmissionSchema>;

export const verdictSchema = z.object({
  code: verdictCodeSchema,
  /** Set for already_checked_in. */
  previous: previousAdmissionSchema.nullable(),
  /** Set for needs_attention: what to read out. */
  note: z.string().nullable(),
});
export type Verdict = z.infer<typeof verdictSchema>;

const listNameSchema = z.string().trim().min(1).max(120);

export const checkInListSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Ticket types admitted; empty admits every type. */
  ticketTypeIds: z.array(idSchema),
  /** Conference days admitted; empty admits every day. */
  days: z.array(localDateSchema),
  /** Desks also scan people out, so the list knows who is inside. */
  countsExits: z.boolean(),
  /** Someone scanned out may come back in. */
  allowsReentry: z.boolean(),
});
export type CheckInList = z.infer<typeof checkInListSchema>;

export const checkInListListSchema = z.object({ lists: z.array(checkInListSchema) });
export type CheckInListList = z.infer<typeof checkInListListSchema>;

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const saveCheckInListSchema = z.object({
  name: listNameSchema,
  ticketTypeIds: z.array(idSchema).max(100).refine(unique, { message: 'List each type once' }).default([]),
  days: z.array(localDateSchema).max(60).refine(unique, { message: 'List each day once' }).default([]),
  countsExits: z.boolean().default(false),
  allowsReentry: z.boolean().default(false),
});
export type SaveCheckInList = z.input<typeof saveCheckInListSchema>;

/** A device at a gate names itself; the id is generated once and kept by the device. */
const deskIdSchema = z.string().min(1).max(64);

export const scanRequestSchema = z
  .object({
    /** The QR content as scanned; or `ticketId` when staff checks someone in from a search. */
    qr: z.string().min(1).max(512).optional(),
    ticketId: ticketIdSchema.optional(),
    listId: idSchema,
    deskId: deskIdSchema,
    deskName: z.string().trim().min(1).max(60),
    /** Unique per scan, made by the desk: uploading the same scan again records it once. */
    clientNonce: z.string().min(8).max(64),
    direction: scanDirectionSchema.default('entry'),
    /** Queued on a desk that had no network; `scannedAt` is then required. */
    offline: z.boolean().default(false),
    /** When the desk scanned; only offline uploads are dated by it. */
    scannedAt: instantSchema.optional(),
    /** What an offline desk showed; an admission it made that the server refuses is a conflict. */
    deskVerdict: verdictCodeSchema.optional(),
  })
  .refine((s) => (s.qr === undefined) !== (s.ticketId === undefined), {
    message: 'Send either qr or ticketId',
    path: ['qr'],
  })
  .refine((s) => !s.offline || s.scannedAt !== undefined, {
    message: 'Offline uploads carry the time they were scanned',
    path: ['scannedAt'],
  });
export type ScanRequest = z.input<typeof scanRequestSchema>;

export const scanSchema = z.object({
  id: idSchema,
  ticketId: ticketIdSchema.nullable(),
  listId: idSchema,
  deskId: z.string(),
  deskName: z.string(),
  direction: scanDirectionSchema,
  verdict: verdictCodeSchema,
  scannedAt: instantSchema,
  uploadedAt: instantSchema,
  clientNonce: z.string(),
  offline: z.boolean(),
  /** An offline desk admitted someone the server would not: shown to organizers, never dropped. */
  conflict: z.boolean(),
  undoneAt: instantSchema.nullable(),
});
export type Scan = z.infer<typeof scanSchema>;

/** The holder as a desk shows them next to the verdict. */
export const scannedTicketSchema = z.object({
  id: ticketIdSchema,
  holderName: z.string(),
  company: z.string().nullable(),
  typeId: idSchema,
  typeName: z.string(),
  status: ticketStatusSchema,
});
export type ScannedTicket = z.infer<typeof scannedTicketSchema>;

export const scanResultSchema = z.object({
  scan: scanSchema,
  verdict: verdictSchema,
  ticket: scannedTicketSchema.nullable(),
  /** This nonce was uploaded before: the original scan and verdict, recorded once. */
  replayed: z.boolean(),
});
export type ScanResult = z.infer<typeof scanResultSchema>;

export const scanListFiltersSchema = z.object({
  listId: idSchema.optional(),
  ticketId: ticketIdSchema.optional(),
  /** Only refused scans (failed) or only conflicts. */
  only: z.enum(['failed', 'conflicts']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ScanListFilters = z.infer<typeof scanListFiltersSchema>;

/**
 * A scan as the organizer's lists show it: with the holder and ticket type when the code named
 * a ticket of this conference (null for an unreadable, forged or foreign code).
 */
export const listedScanSchema = scanSchema.extend({
  ticket: z.object({ holderName: z.string(), typeName: z.string() }).nullable(),
});
export type ListedScan = z.infer<typeof listedScanSchema>;

export const scanListSchema = z.object({ scans: z.array(listedScanSchema) });
export type ScanList = z.infer<typeof scanListSchema>;

const tallySchema = z.object({ checkedIn: z.number().int().min(0), expected: z.number().int().min(0) });

export const checkInStatsQuerySchema = z.object({
  /** One conference day; the whole event when absent. */
  day: localDateSchema.optional(),
});
export type CheckInStatsQuery = z.infer<typeof checkInStatsQuerySchema>;

const countSchema = z.number().int().min(0);

/**
 * Checked in = distinct tickets admitted (that day, or ever); expected = valid tickets that
 * may enter (that day, or at all). Every screen that shows a show-up figure (the desk, the
 * arrivals page, the dashboard) reads it from here for one day, so they cannot disagree.
 */
export const checkInStatsSchema = z.object({
  day: localDateSchema.nullable(),
  conference: tallySchema,
  /** The tickets `conference.expected` leaves out, so a screen can say what it counts. */
  notExpected: z.object({
    /** Valid tickets whose type does not admit on `day` (a barcamp-day ticket on Thursday). */
    otherDays: countSchema,
    cancelled: countSchema,
    blocked: countSchema,
  }),
  lists: z.array(
    tallySchema.extend({ listId: idSchema, name: z.string(), inside: z.number().int().nullable() }),
  ),
  byTicketType: z.array(tallySchema.extend({ typeId: idSchema, name: z.string() })),
  byCountry: z.array(tallySchema.extend({ country: z.string().nullable() })),
  failedScans: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  asOf: instantSchema,
});
export type CheckInStats = z.infer<typeof checkInStatsSchema>;
